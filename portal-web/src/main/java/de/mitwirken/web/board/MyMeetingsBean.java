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

    /** An agenda point a conflict of interest can be declared for: "meetingId-agendaItemId" and its label. */
    public record AgendaChoice(String value, String label) {
    }

    /** The agenda points of the meetings still open for a declaration (invited or held). */
    public List<AgendaChoice> getAgendaChoices() {
        return getInvitations().stream().filter(BoardMeetings.MyInvitation::recusable)
                .flatMap(i -> i.agenda().stream().map(a -> new AgendaChoice(i.meetingId() + "-" + a.id(),
                        i.title() + " – " + a.position() + ". " + a.title()))).toList();
    }

    public boolean isRecusable() {
        return !getAgendaChoices().isEmpty();
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
