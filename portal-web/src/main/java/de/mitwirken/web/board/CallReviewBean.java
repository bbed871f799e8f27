package de.mitwirken.web.board;

import de.mitwirken.board.boundary.ApplicationView;
import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The applications of one call for its reviewers, with the seats still free per constituency. */
@Named
@RequestScoped
public class CallReviewBean {

    @Inject
    BoardMembership membership;

    @Inject
    PublicBoard board;

    private CallView call;
    private List<ApplicationView> applications;

    @PostConstruct
    void init() {
        call = Pages.byIdOr404("id", board::call);
        if (call != null) {
            applications = membership.applications(call.id());
        }
    }

    public CallView getCall() {
        return call;
    }

    public List<ApplicationView> getApplications() {
        return applications;
    }
}
