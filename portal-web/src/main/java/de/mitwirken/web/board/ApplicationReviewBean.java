package de.mitwirken.web.board;

import de.mitwirken.board.boundary.ApplicationView;
import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One application under review by the strategy office or the board chair: shortlist, admit while the
 * constituency has a free seat, or reject with a reason the applicant will read.
 */
@Named
@ViewScoped
public class ApplicationReviewBean implements Serializable {

    @Inject
    BoardMembership membership;

    @Inject
    PublicBoard board;

    private ApplicationView application;
    private CallView call;
    private String reason;

    @PostConstruct
    void init() {
        application = Pages.byIdOr404("id", membership::application);
        if (application != null) {
            call = board.call(application.callId());
        }
    }

    public void shortlist() {
        try {
            membership.shortlist(application.id());
            Pages.info("board.review.shortlisted");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void admit() {
        try {
            membership.admitMember(application.id());
            Pages.info("board.review.admitted");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void reject() {
        try {
            membership.rejectApplication(application.id(), reason);
            Pages.info("board.review.rejected");
            reason = null;
        } catch (InvalidInput e) {
            Pages.error("reject:reason", "board.error.reason");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    private void reload() {
        application = membership.application(application.id());
        call = board.call(application.callId());
    }

    public ApplicationView getApplication() {
        return application;
    }

    public CallView getCall() {
        return call;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
