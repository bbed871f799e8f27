package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of a meeting's agenda: who presents it, how long it takes, which backlog item or need it is
 * about, and after the meeting its minutes, public or internal.
 */
@Entity
@Table(name = "board_agenda_item")
public class AgendaItem {

    public static final int MINUTES_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "presenter", length = 200)
    private String presenter;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "backlog_item_id")
    private Long backlogItemId;

    @Column(name = "need_id")
    private Long needId;

    /** The recommendation the board votes on under this point (V39), if any. */
    @Column(name = "recommendation_id")
    private Long recommendationId;

    @Column(name = "minutes")
    private String minutes;

    @Column(name = "public_minutes", nullable = false)
    private boolean publicMinutes = true;

    @Column(name = "votes_yes")
    private Integer votesYes;

    @Column(name = "votes_no")
    private Integer votesNo;

    @Column(name = "votes_abstain")
    private Integer votesAbstain;

    @Column(name = "voted_at")
    private java.time.Instant votedAt;

    /** Kept by the database (V36), read for the OParl interface's created/modified filters. */
    @Column(name = "modified_at", insertable = false, updatable = false)
    private java.time.Instant modifiedAt;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AgendaDocument> documents = new ArrayList<>();

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(Meeting meeting, int position, AgendaDraft draft) {
        this.meeting = meeting;
        this.position = position;
        this.title = draft.title();
        this.presenter = draft.presenter();
        this.durationMinutes = draft.durationMinutes();
        this.backlogItemId = draft.backlogItemId();
        this.needId = draft.needId();
        this.recommendationId = draft.recommendationId();
    }

    void writeMinutes(String text, boolean isPublic) {
        String cleaned = CleanText.multiline(text);
        int length = CleanText.length(cleaned);
        if (length < 1 || length > MINUTES_MAX) {
            throw Refusal.invalid("minutes", "board.error.minutes.text").because("minutes");
        }
        minutes = cleaned;
        publicMinutes = isPublic;
    }

    /** Attaches a PDF checked by the caller (Upload of kind PDF); until the minutes are approved. */
    AgendaDocument attach(String filename, String contentType, byte[] content, boolean isPublic, String by, Instant now) {
        if (!"application/pdf".equals(contentType)) {
            throw Refusal.invalid("item", "board.error.minutes.item").because("document"); // the boundary checked the type
        }
        AgendaDocument document = new AgendaDocument(this, filename, contentType, content, isPublic, by, now);
        documents.add(document);
        return document;
    }

    public List<AgendaDocument> documents() {
        return List.copyOf(documents);
    }

    /**
     * Records the vote on this point in its held meeting (counts; once): the vote's quorum leaves out the members
     * recused for the point, who give no vote, so at most the others present vote.
     */
    public void recordVote(VoteResult result, java.util.Set<Long> presentMemberIds, java.util.Set<Long> recusedMemberIds,
                           java.time.Instant now) {
        if (meeting.status() != MeetingStatus.HELD) {
            throw de.mitwirken.platform.entity.Refusal.notAllowed("board.error.transition").because("not held");
        }
        if (votedAt != null) {
            throw de.mitwirken.platform.entity.Refusal.notAllowed("board.error.vote.twice").because("voted already");
        }
        if (!Recommendation.voteQuorum(meeting, presentMemberIds, recusedMemberIds).reached()) {
            throw de.mitwirken.platform.entity.Refusal.invalid("votes", "board.error.vote.quorum").because("quorum");
        }
        long eligible = presentMemberIds.stream().filter(id -> !recusedMemberIds.contains(id)).count();
        if (result.open() || result.yes() < 0 || result.no() < 0 || result.abstain() < 0 || result.cast() < 1
                || result.cast() > eligible) {
            throw de.mitwirken.platform.entity.Refusal.invalid("votes", "board.error.vote.votes").because("votes");
        }
        votesYes = result.yes();
        votesNo = result.no();
        votesAbstain = result.abstain();
        votedAt = now;
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

    public boolean voted() {
        return votedAt != null;
    }

    public Meeting meeting() {
        return meeting;
    }

    public java.time.Instant modifiedAt() {
        return modifiedAt;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String presenter() {
        return presenter;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Long backlogItemId() {
        return backlogItemId;
    }

    public Long needId() {
        return needId;
    }

    public Long recommendationId() {
        return recommendationId;
    }

    public String minutes() {
        return minutes;
    }

    public boolean publicMinutes() {
        return publicMinutes;
    }
}
