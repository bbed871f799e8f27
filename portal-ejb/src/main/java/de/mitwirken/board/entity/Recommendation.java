package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EasyLanguage;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recommendation of the board. It guards its way: a draft is voted once, in a held meeting with quorum,
 * by at most the members present (an open vote names only present members); with more yes than no votes
 * it is submitted to its addressee, whose answers move it on (considering, accepted or rejected,
 * implemented), each with a date and who answered.
 */
@Entity
@Table(name = "board_recommendation")
@NamedQuery(name = Recommendation.ALL, query = "SELECT r FROM Recommendation r ORDER BY r.draftedAt DESC")
@NamedQuery(name = Recommendation.VOTED, query = "SELECT r FROM Recommendation r WHERE r.status <> de.mitwirken.board.entity.RecommendationStatus.DRAFT ORDER BY r.votedAt DESC")
// adopted by the board (whatever its addressee made of it since), newest vote first: the recommendations feed
@NamedQuery(name = Recommendation.ADOPTED, query = "SELECT r FROM Recommendation r WHERE r.status NOT IN"
        + " (de.mitwirken.board.entity.RecommendationStatus.DRAFT, de.mitwirken.board.entity.RecommendationStatus.NOT_ADOPTED)"
        + " AND r.votedAt IS NOT NULL ORDER BY r.votedAt DESC, r.id DESC")
@NamedQuery(name = Recommendation.VOTED_FEEDING, query = "SELECT r FROM Recommendation r WHERE r.backlogItemId = :item AND r.status <> de.mitwirken.board.entity.RecommendationStatus.DRAFT ORDER BY r.votedAt DESC")
// for the backlog, which links recommendations to its items (board.control.BoardRecommendationCatalogue)
@NamedQuery(name = Recommendation.WAITING_FOR_THE_ADMINISTRATION, query = "SELECT r.id, r.title, r.status, r.votedAt"
        + " FROM Recommendation r WHERE r.addressee = de.mitwirken.board.entity.Addressee.ADMINISTRATION AND r.status IN"
        + " (de.mitwirken.board.entity.RecommendationStatus.SUBMITTED,"
        + " de.mitwirken.board.entity.RecommendationStatus.UNDER_CONSIDERATION) ORDER BY r.votedAt, r.id")
@NamedQuery(name = Recommendation.BY_IDS, query = "SELECT r.id, r.title, r.status FROM Recommendation r WHERE r.id IN :ids")
@NamedQuery(name = Recommendation.BY_WORDS, query = "SELECT r.id, r.title, r.status FROM Recommendation r"
        + " WHERE r.title LIKE :w1 AND r.title LIKE :w2 AND r.title LIKE :w3 ORDER BY r.draftedAt DESC")
public class Recommendation {

    public static final String WAITING_FOR_THE_ADMINISTRATION = "Recommendation.waitingForTheAdministration";
    public static final String ALL = "Recommendation.all";
    /** id, title, status of the recommendations with these ids. */
    public static final String BY_IDS = "Recommendation.byIds";
    /** id, title, status of the recommendations whose title matches :w1, :w2 and :w3 (LIKE patterns), newest first. */
    public static final String BY_WORDS = "Recommendation.byWords";
    public static final String VOTED_FEEDING = "Recommendation.votedFeeding";
    public static final String VOTED = "Recommendation.voted";
    public static final String ADOPTED = "Recommendation.adopted";
    static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "easy_text")
    private String easyText;

    /** The council's response: a council paper's id in the council capability, set by the strategy office. */
    @Column(name = "council_paper_id")
    private Long councilPaperId;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee", nullable = false, length = 16)
    private Addressee addressee;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RecommendationStatus status;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private long draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "votes_yes")
    private Integer votesYes;

    @Column(name = "votes_no")
    private Integer votesNo;

    @Column(name = "votes_abstain")
    private Integer votesAbstain;

    @Column(name = "open_vote")
    private Boolean openVote;

    /** Only members verified with an eID vote on it (issue #26); decided by the office before the vote. */
    @Column(name = "verified_only", nullable = false)
    private boolean verifiedOnly;

    @Column(name = "voted_at")
    private Instant votedAt;

    @Column(name = "backlog_item_id")
    private Long backlogItemId;

    /** Kept by the database (V36), read for the OParl interface's created/modified filters. */
    @Column(name = "modified_at", insertable = false, updatable = false)
    private java.time.Instant modifiedAt;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.PERSIST)
    private List<RecommendationVote> votes = new ArrayList<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.PERSIST)
    @OrderBy("onDate, id")
    private List<RecommendationStep> steps = new ArrayList<>();

    protected Recommendation() {
        // for JPA
    }

    public static Recommendation draft(RecommendationDraft draft, long memberId, Instant now) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid recommendation: " + draft.problems());
        }
        Recommendation r = new Recommendation();
        r.title = draft.title();
        r.body = draft.body();
        r.addressee = draft.addressee();
        r.draftedBy = memberId;
        r.draftedAt = now;
        r.status = RecommendationStatus.DRAFT;
        return r;
    }

    /** Records the board's vote taken in a held meeting; returns whether the board adopted it. */
    public boolean recordVote(Meeting in, VoteResult result, Set<Long> presentMemberIds, String by, Instant now) {
        return recordVote(in, result, presentMemberIds, Set.of(), by, now);
    }

    /**
     * Records the vote; recused members (a declared conflict of interest) are not counted for the vote's quorum
     * (neither among the members nor among those present) and give no vote: an open vote naming one is refused.
     */
    public boolean recordVote(Meeting in, VoteResult result, Set<Long> presentMemberIds, Set<Long> recusedMemberIds,
                              String by, Instant now) {
        return recordVote(in, result, presentMemberIds, recusedMemberIds, Set.of(), by, now);
    }

    /**
     * The same for a "verified only" recommendation: unverified members (a profile without eID verification) give
     * no vote, like recused ones, but count for the quorum (they are there). Ignored for other recommendations.
     */
    public boolean recordVote(Meeting in, VoteResult result, Set<Long> presentMemberIds, Set<Long> recusedMemberIds,
                              Set<Long> unverifiedMemberIds, String by, Instant now) {
        if (verifiedOnly && status == RecommendationStatus.DRAFT && result.open()
                && result.byMember().keySet().stream().anyMatch(unverifiedMemberIds::contains)) {
            throw Refusal.invalid("votes", "board.error.vote.verifiedOnly").because("an unverified member voted");
        }
        Set<Long> notVoting = new java.util.HashSet<>(recusedMemberIds);
        if (verifiedOnly) {
            notVoting.addAll(unverifiedMemberIds);
        }
        return recordCountedVote(in, result, presentMemberIds, recusedMemberIds, notVoting, by, now);
    }

    /** Requires (or no longer requires) verified members for the vote; only before the vote. */
    public void requireVerifiedVote(boolean required) {
        if (status != RecommendationStatus.DRAFT) {
            throw Refusal.notAllowed("board.error.transition").because("voted already");
        }
        verifiedOnly = required;
    }

    public boolean verifiedOnly() {
        return verifiedOnly;
    }

    private boolean recordCountedVote(Meeting in, VoteResult result, Set<Long> presentMemberIds,
                                      Set<Long> recusedMemberIds, Set<Long> notVoting, String by, Instant now) {
        if (status != RecommendationStatus.DRAFT) {
            throw Refusal.notAllowed("board.error.transition").because("voted already");
        }
        if (in.status() != MeetingStatus.HELD) {
            throw Refusal.invalid("meeting", "board.error.vote.meeting").because("meeting");
        }
        if (!voteQuorum(in, presentMemberIds, recusedMemberIds).reached()) {
            throw Refusal.invalid("meeting", "board.error.vote.quorum").because("quorum");
        }
        if (result.open() && result.byMember().keySet().stream().anyMatch(recusedMemberIds::contains)) {
            throw Refusal.invalid("votes", "board.error.vote.recused").because("a recused member voted");
        }
        java.util.Set<Long> eligible = new java.util.HashSet<>(presentMemberIds);
        eligible.removeAll(notVoting);
        if (result.cast() < 1 || result.cast() > eligible.size()
                || result.open() && !eligible.containsAll(result.byMember().keySet())) {
            throw Refusal.invalid("votes", "board.error.vote.votes").because("votes");
        }
        meeting = in;
        votesYes = result.yes();
        votesNo = result.no();
        votesAbstain = result.abstain();
        openVote = result.open();
        votedAt = now;
        for (Map.Entry<Long, VoteChoice> vote : result.byMember().entrySet()) {
            votes.add(new RecommendationVote(this, vote.getKey(), vote.getValue()));
        }
        status = result.adopted() ? RecommendationStatus.SUBMITTED : RecommendationStatus.NOT_ADOPTED;
        if (result.adopted()) {
            steps.add(new RecommendationStep(this, status, LocalDate.ofInstant(in.startsAt(), CITY), null, null, by, now));
        }
        return result.adopted();
    }

    /** The quorum of one vote: the meeting's, without the members recused from it. */
    public static Quorum voteQuorum(Meeting in, Set<Long> presentMemberIds, Set<Long> recusedMemberIds) {
        long invitedRecused = in.invitations().stream().filter(i -> recusedMemberIds.contains(i.memberId())).count();
        long presentRecused = presentMemberIds.stream().filter(recusedMemberIds::contains).count();
        return new Quorum(in.invitations().size() - (int) invitedRecused,
                presentMemberIds.size() - (int) presentRecused, in.quorumPercent());
    }

    /**
     * What is wrong with an answer of the addressee (field → message key): the next status must follow the
     * present one, the date lies between the vote and today, and who answered is named.
     */
    public Map<String, String> answerProblems(RecommendationStatus next, LocalDate onDate, String answeredBy, String note,
                                              LocalDate today) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (next == null || !status.next().contains(next)) {
            problems.put("status", "board.error.track.status");
        }
        if (onDate == null || onDate.isAfter(today) || meeting == null
                || onDate.isBefore(LocalDate.ofInstant(meeting.startsAt(), CITY))) {
            problems.put("onDate", "board.error.track.onDate");
        }
        int from = answeredBy == null ? 0 : CleanText.length(CleanText.line(answeredBy));
        if (from < 2 || from > 200) {
            problems.put("answeredBy", "board.error.track.answeredBy");
        }
        if (note != null && !note.isBlank() && CleanText.length(CleanText.multiline(note)) > 5000) {
            problems.put("note", "board.error.track.note");
        }
        return problems;
    }

    /** The addressee's answer moves the recommendation on (see {@link #answerProblems}). */
    public void track(RecommendationStatus next, LocalDate onDate, String answeredBy, String note, String by, Instant now) {
        if (next == null || !status.next().contains(next)) {
            throw new IllegalStateException("from " + status + " not to " + next);
        }
        Map<String, String> problems = answerProblems(next, onDate, answeredBy, note, LocalDate.ofInstant(now, CITY));
        if (!problems.isEmpty()) {
            String field = problems.keySet().iterator().next();
            throw Refusal.invalid(field, "board.error.track." + field).because(field);
        }
        status = next;
        steps.add(new RecommendationStep(this, next, onDate, CleanText.line(answeredBy),
                note == null || note.isBlank() ? null : CleanText.multiline(note), by, now));
    }

    /**
     * Adds, replaces or (blank) removes the text's easy-to-read version (Leichte Sprache), which the public
     * page offers next to the text.
     */
    public void writeInEasyLanguage(String typed) {
        if (!EasyLanguage.acceptable(typed)) {
            throw Refusal.invalid("easyText", "common.error.easyText");
        }
        easyText = EasyLanguage.version(typed);
    }

    /** Notes the backlog item this adopted recommendation fed. */
    public void feed(long itemId) {
        if (!status.isTracked()) {
            throw Refusal.notAllowed("board.error.feedNotAdopted").because("only an adopted recommendation feeds the backlog");
        }
        backlogItemId = itemId;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String easyText() {
        return easyText;
    }

    /** Sets (or, with null, removes) the council paper that answers this recommendation; returns the one before. */
    public Long answeredByCouncilPaper(Long paperId) {
        Long before = councilPaperId;
        councilPaperId = paperId;
        return before;
    }

    public Long councilPaperId() {
        return councilPaperId;
    }

    public Addressee addressee() {
        return addressee;
    }

    public RecommendationStatus status() {
        return status;
    }

    public long draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    /** When the board's vote was recorded; null for a draft. */
    public Instant votedAt() {
        return votedAt;
    }

    public Meeting meeting() {
        return meeting;
    }

    public Integer votesYes() {
        return votesYes;
    }

    public Integer votesNo() {
        return votesNo;
    }

    public Integer votesAbstain() {
        return votesAbstain;
    }

    public Boolean openVote() {
        return openVote;
    }

    public Long backlogItemId() {
        return backlogItemId;
    }

    public List<RecommendationVote> votes() {
        return List.copyOf(votes);
    }

    public List<RecommendationStep> steps() {
        return List.copyOf(steps);
    }
}
