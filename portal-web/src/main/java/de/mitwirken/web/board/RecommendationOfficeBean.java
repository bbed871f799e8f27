package de.mitwirken.web.board;

import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.BoardRecommendations;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.board.entity.VoteChoice;
import de.mitwirken.board.entity.VoteResult;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.council.CouncilPaperPicker;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One recommendation for the office and the chair: record the vote of a held, quorate meeting (open: who
 * voted how; secret: the counts), then the addressee's answers, and which backlog item it fed.
 */
@Named
@ViewScoped
public class RecommendationOfficeBean implements Serializable {

    @Inject
    BoardRecommendations recommendations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CouncilPapers councilPapers;

    private CouncilPaperPicker picker;

    private RecommendationView recommendation;
    private List<MeetingView> meetings = List.of();

    private Long meetingId;
    private boolean openVote = true;
    private final Map<String, String> choices = new HashMap<>();
    private Integer yes;
    private Integer no;
    private Integer abstain;

    private RecommendationStatus next;
    private String onDate;
    private String answeredBy;
    private String note;

    private String backlogItemId;

    private String easyText;

    private List<String> itemFields = new java.util.ArrayList<>();
    private String ownerDepartment;
    private Horizon horizon;

    private boolean verifiedOnly;

    @PostConstruct
    void init() {
        recommendation = Pages.byIdOr404("id", recommendations::recommendation);
        if (recommendation != null) {
            meetings = recommendations.votingMeetings();
            easyText = recommendation.easyText();
            verifiedOnly = recommendation.verifiedOnly();
        }
        picker = new CouncilPaperPicker(councilPapers, "councilPaper:query");
    }

    /** The office links the council paper that is the council's response (taken only from the papers found). */
    public void linkPaper(long paperId) {
        if (!picker.found(paperId)) {
            Pages.error("councilPaper:query", "council.link.error.notFound");
            return;
        }
        recommendations.linkCouncilResponse(recommendation.id(), paperId);
        picker.clear();
        Pages.info("council.link.linked");
        reload();
    }

    public void unlinkPaper() {
        recommendations.linkCouncilResponse(recommendation.id(), null);
        Pages.info("council.link.unlinked");
        reload();
    }

    public CouncilPaperPicker getPicker() {
        return picker;
    }

    public Long getLinkedPaperId() {
        return recommendation == null ? null : recommendation.councilPaperId();
    }

    /** The members present at the chosen meeting who may vote: not those who declared a conflict of interest. */
    public List<MeetingView.Guest> getVoters() {
        java.util.Set<Long> recused = recommendation == null ? java.util.Set.of() : recommendation.recused().stream()
                .map(de.mitwirken.board.boundary.RecusalView::memberId).collect(java.util.stream.Collectors.toSet());
        return meetings.stream().filter(m -> meetingId != null && m.id() == meetingId).findFirst()
                .map(m -> m.invitations().stream().filter(MeetingView.Guest::present)
                        .filter(g -> !recused.contains(g.memberId())).toList()).orElse(List.of());
    }

    public void chooseMeeting() {
        choices.clear();
    }

    public void recordVote() {
        if (meetingId == null) {
            Pages.error("vote:meeting", "board.error.vote.meeting");
            return;
        }
        VoteResult result;
        if (openVote) {
            Map<Long, VoteChoice> byMember = new HashMap<>();
            getVoters().forEach(v -> {
                String choice = choices.get(String.valueOf(v.memberId()));
                if (choice != null && !choice.isBlank()) {
                    byMember.put(v.memberId(), VoteChoice.valueOf(choice));
                }
            });
            result = VoteResult.open(byMember);
        } else {
            if (yes == null || no == null || abstain == null || yes < 0 || no < 0 || abstain < 0) {
                Pages.error("vote:yes", "board.error.vote.votes");
                return;
            }
            result = VoteResult.secret(yes, no, abstain);
        }
        try {
            boolean adopted = recommendations.recordVote(recommendation.id(), meetingId, result);
            Pages.info(adopted ? "board.recommendation.adopted" : "board.recommendation.notAdopted");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("meeting".equals(field) ? "vote:meeting" : "vote:yes", key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void track() {
        LocalDate date = null;
        try {
            date = onDate == null || onDate.isBlank() ? null : LocalDate.parse(onDate.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        try {
            recommendations.trackRecommendation(recommendation.id(), next, date, answeredBy, note);
            Pages.info("board.recommendation.tracked");
            next = null;
            onDate = null;
            answeredBy = null;
            note = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("track:" + field, key, e.args(field)));
        }
        reload();
    }

    public void feed() {
        Long item = UrlParams.id(backlogItemId);
        if (item == null) {
            Pages.error("feed:backlogItem", "board.error.feed.item");
            return;
        }
        try {
            recommendations.feedBacklogItem(recommendation.id(), item);
            Pages.info("board.recommendation.fedSaved");
        } catch (InvalidInput e) {
            Pages.error("feed:backlogItem", "board.error.feed.item");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** A new (proposed) backlog item from this recommendation, noted as fed by it. */
    public void createItem() {
        java.util.Set<StrategyField> fields = java.util.EnumSet.noneOf(StrategyField.class);
        itemFields.forEach(f -> fields.add(StrategyField.valueOf(f)));
        try {
            long itemId = recommendations.createBacklogItem(recommendation.id(), fields, ownerDepartment, horizon);
            Pages.info("board.recommendation.itemCreated", itemId);
        } catch (InvalidInput e) {
            // title and text come from the recommendation: a problem with them is said at the top of the page
            e.problems().forEach((field, key) -> Pages.error(java.util.Set.of("fields", "ownerDepartment", "horizon")
                    .contains(field) ? "create:" + field : null, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** The easy-to-read version of the text (Leichte Sprache); saving an empty field removes it. */
    public void saveEasyText() {
        try {
            recommendations.writeInEasyLanguage(recommendation.id(), easyText);
            reload();
            easyText = recommendation.easyText();
            Pages.info(easyText == null ? "easy.removed" : "easy.saved");
        } catch (InvalidInput e) {
            // the typed text stays in the field to be shortened
            Pages.error("easy:easyText", e.problems().getOrDefault("easyText", "common.error.easyText"));
        }
    }

    /** Only verified members vote on it (issue #26): decided before the vote. */
    public void saveVerifiedOnly() {
        try {
            recommendations.requireVerifiedVote(recommendation.id(), verifiedOnly);
            Pages.info("board.recommendation.verifiedOnly.saved");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public void setVerifiedOnly(boolean verifiedOnly) {
        this.verifiedOnly = verifiedOnly;
    }

    private void reload() {
        recommendation = recommendations.recommendation(recommendation.id());
    }

    public boolean isManager() {
        return BoardPermissions.mayManage(currentUser::hasRole);
    }

    public RecommendationView getRecommendation() {
        return recommendation;
    }

    public List<MeetingView> getMeetings() {
        return meetings;
    }

    public VoteChoice[] getChoiceValues() {
        return VoteChoice.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public boolean isOpenVote() {
        return openVote;
    }

    public void setOpenVote(boolean openVote) {
        this.openVote = openVote;
    }

    /** Member id → chosen vote, as the selects send them (names of {@link VoteChoice}). */
    public Map<String, String> getChoices() {
        return choices;
    }

    public Integer getYes() {
        return yes;
    }

    public void setYes(Integer yes) {
        this.yes = yes;
    }

    public Integer getNo() {
        return no;
    }

    public void setNo(Integer no) {
        this.no = no;
    }

    public Integer getAbstain() {
        return abstain;
    }

    public void setAbstain(Integer abstain) {
        this.abstain = abstain;
    }

    public RecommendationStatus getNext() {
        return next;
    }

    public void setNext(RecommendationStatus next) {
        this.next = next;
    }

    public String getOnDate() {
        return onDate;
    }

    public void setOnDate(String onDate) {
        this.onDate = onDate;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public StrategyField[] getAllFields() {
        return StrategyField.values();
    }

    public Horizon[] getHorizons() {
        return Horizon.values();
    }

    public List<String> getItemFields() {
        return itemFields;
    }

    public void setItemFields(List<String> itemFields) {
        this.itemFields = itemFields == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(itemFields);
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(String ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public void setHorizon(Horizon horizon) {
        this.horizon = horizon;
    }

    public String getBacklogItemId() {
        return backlogItemId;
    }

    public void setBacklogItemId(String backlogItemId) {
        this.backlogItemId = backlogItemId;
    }

    public String getEasyText() {
        return easyText;
    }

    public void setEasyText(String easyText) {
        this.easyText = easyText;
    }
}
