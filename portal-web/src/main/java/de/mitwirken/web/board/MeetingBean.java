package de.mitwirken.web.board;

import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.web.platform.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One meeting for the public: when and where, the agenda, and once approved the public minutes. */
@Named
@RequestScoped
public class MeetingBean {

    @Inject
    PublicBoard board;

    private MeetingView meeting;

    @PostConstruct
    void load() {
        meeting = Pages.byIdOr404("id", board::meeting);
    }

    public MeetingView getMeeting() {
        return meeting;
    }
}
