package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.BoardRecommendations;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.board.entity.CallDraft;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's administration: all calls (to review their applications), a form to open a call, and the
 * members with their roles and terms. Reviewers (office, chair) see it; opening a call is the strategy
 * office's.
 */
@Named
@ViewScoped
public class BoardOfficeBean implements Serializable {

    private static final String FORM = "call:";

    @Inject
    BoardMembership membership;

    @Inject
    PublicBoard board;

    @Inject
    CurrentUser currentUser;

    private List<CallView> calls;
    private List<MemberView> members;
    private List<RecommendationView> recommendations;

    @Inject
    BoardRecommendations recommendationsBoundary;

    private String title;
    private String description;
    private String opensOn;
    private String closesOn;
    private Integer termMonths = 36;
    private boolean verifiedOnly;
    private final Map<String, Integer> seats = new HashMap<>();


    @PostConstruct
    void load() {
        calls = board.calls();
        members = membership.members();
        recommendations = recommendationsBoundary.recommendations();
        for (Constituency c : Constituency.values()) {
            seats.putIfAbsent(c.name(), 0);
        }
    }

    /** A date that does not parse counts as missing: the boundary then names the field with the same message. */
    public void openCall() {
        Map<Constituency, Integer> perConstituency = new EnumMap<>(Constituency.class);
        seats.forEach((c, n) -> perConstituency.put(Constituency.valueOf(c), n));
        try {
            long id = membership.openCall(new CallDraft(title, description, date(opensOn), date(closesOn), termMonths,
                    perConstituency, verifiedOnly));
            Pages.infoAfterRedirect("board.office.callOpened");
            Pages.redirect("/board/manage/call.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        }
    }

    private static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public void setVerifiedOnly(boolean verifiedOnly) {
        this.verifiedOnly = verifiedOnly;
    }

    public boolean isManager() {
        return BoardPermissions.mayManage(currentUser::hasRole);
    }

    public List<CallView> getCalls() {
        return calls;
    }

    public List<RecommendationView> getRecommendations() {
        return recommendations;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public Constituency[] getConstituencies() {
        return Constituency.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public Map<String, Integer> getSeats() {
        return seats;
    }
}
