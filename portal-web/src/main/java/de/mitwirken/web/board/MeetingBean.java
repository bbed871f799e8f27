package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One meeting: when and where, the agenda with its documents, and once approved the minutes — the public
 * items for everyone, all of them for board members and staff.
 */
@Named
@RequestScoped
public class MeetingBean {

    @Inject
    PublicBoard board;

    @Inject
    BoardMeetings meetings;

    @Inject
    CurrentUser currentUser;

    private MeetingView meeting;

    @PostConstruct
    void load() {
        // the board's own record (all documents, internal minutes once approved) for members and staff
        boolean ofTheBoard = BoardPermissions.mayReadTheBoardsRecord(currentUser::hasRole);
        meeting = Pages.byIdOr404("id", ofTheBoard ? meetings::meeting : board::meeting);
    }

    public MeetingView getMeeting() {
        return meeting;
    }
}
