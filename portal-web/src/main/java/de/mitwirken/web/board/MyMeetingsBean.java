package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A board member's invitations: accept or decline until the meeting is held. */
@Named
@RequestScoped
public class MyMeetingsBean {

    @Inject
    BoardMeetings meetings;

    @Inject
    CurrentUser currentUser;

    private List<BoardMeetings.MyInvitation> invitations;

    public List<BoardMeetings.MyInvitation> getInvitations() {
        if (invitations == null) {
            invitations = meetings.myInvitations(subject());
        }
        return invitations;
    }

    public void attend(long meetingId) {
        respond(meetingId, Invitation.Response.ATTEND, "board.myMeetings.attending");
    }

    public void decline(long meetingId) {
        respond(meetingId, Invitation.Response.DECLINE, "board.myMeetings.declined");
    }

    private void respond(long meetingId, Invitation.Response response, String done) {
        try {
            meetings.respond(subject(), meetingId, response);
            Pages.info(done);
        } catch (NotAllowed | NotFoundException e) {
            Pages.error(null, "board.error.transition");
        }
        invitations = null;
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }
}
