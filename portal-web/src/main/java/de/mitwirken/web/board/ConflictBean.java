package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.BoardRecommendations;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import de.mitwirken.web.frame.UrlParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A member declares a conflict of interest before a vote (issue #24): for a draft recommendation (on "Empfehlungen
 * entwerfen") or for an agenda point of a meeting (on "Meine Sitzungen"). The reason is optional; it stays
 * within the board unless the member unticks "personal".
 */
@Named
@RequestScoped
public class ConflictBean {

    @Inject
    BoardRecommendations recommendations;
    @Inject
    BoardMeetings meetings;
    @Inject
    CurrentUser currentUser;

    /** The draft, or "meetingId-agendaItemId" for an agenda point. */
    private String target;
    private String reason;
    private boolean personal = true;

    public void declareOnRecommendation() {
        Long id = UrlParams.id(target);
        if (id == null) {
            Pages.error("conflict:target", "board.error.recusal.target");
            return;
        }
        act(() -> recommendations.declareConflict(subject(), id, reason, personal));
    }

    public void declareOnAgendaPoint() {
        String[] parts = target == null ? new String[0] : target.split("-");
        Long meeting = parts.length == 2 ? UrlParams.id(parts[0]) : null;
        Long item = parts.length == 2 ? UrlParams.id(parts[1]) : null;
        if (meeting == null || item == null) {
            Pages.error("conflict:target", "board.error.recusal.target");
            return;
        }
        act(() -> meetings.declareConflict(subject(), meeting, item, reason, personal));
    }

    private void act(Runnable step) {
        try {
            step.run();
            Pages.info("board.recusal.declared");
            PerRequest.forget(MemberRecommendationsBean.DRAFTS);
            target = null;
            reason = null;
            personal = true;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("conflict:" + field, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.error("conflict:target", "board.error.recusal.target");
        }
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }

    public String getTarget() { return target; }
    public void setTarget(String v) { target = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isPersonal() { return personal; }
    public void setPersonal(boolean v) { personal = v; }
}
