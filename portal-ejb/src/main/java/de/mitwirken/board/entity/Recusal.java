package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's declared conflict of interest for one vote: a recommendation or an agenda point. The member is
 * recused: not counted for that vote's quorum, and gives no vote. The reason is optional; marked personal, it
 * is shown to the board only, never to the public (which sees that the member was recused).
 */
@Entity
@Table(name = "board_recusal")
@NamedQuery(name = Recusal.OF_RECOMMENDATION, query = "SELECT r FROM Recusal r WHERE r.recommendationId = :id ORDER BY r.id")
@NamedQuery(name = Recusal.OF_RECOMMENDATIONS, query = "SELECT r FROM Recusal r WHERE r.recommendationId IN :ids ORDER BY r.id")
@NamedQuery(name = Recusal.OF_AGENDA_ITEMS, query = "SELECT r FROM Recusal r WHERE r.agendaItemId IN :ids ORDER BY r.id")
public class Recusal {

    public static final String OF_RECOMMENDATION = "Recusal.ofRecommendation";
    public static final String OF_RECOMMENDATIONS = "Recusal.ofRecommendations";
    public static final String OF_AGENDA_ITEMS = "Recusal.ofAgendaItems";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;
    @Column(name = "recommendation_id", updatable = false)
    private Long recommendationId;
    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;
    @Column(name = "reason", length = 1000)
    private String reason;
    @Column(name = "reason_personal", nullable = false)
    private boolean reasonPersonal;
    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected Recusal() {
        // for JPA
    }

    private Recusal(long memberId, Long recommendationId, Long agendaItemId, String reason, boolean personal,
                    Instant now) {
        String clean = CleanText.multilineOrNull(reason);
        if (clean != null && clean.length() > 1000) {
            throw Refusal.invalid("reason", "board.error.recusal.reason").because("reason too long");
        }
        this.memberId = memberId;
        this.recommendationId = recommendationId;
        this.agendaItemId = agendaItemId;
        this.reason = clean;
        this.reasonPersonal = personal;
        this.declaredAt = now;
    }

    /** Before the vote on a recommendation (a draft). */
    public static Recusal fromVoteOn(Recommendation recommendation, long memberId, String reason, boolean personal,
                                     Instant now) {
        if (recommendation.status() != RecommendationStatus.DRAFT) {
            throw Refusal.notAllowed("board.error.recusal.voted").because("voted already");
        }
        return new Recusal(memberId, recommendation.id(), null, reason, personal, now);
    }

    /** For an agenda point of a meeting whose minutes are not approved yet. */
    public static Recusal fromAgendaPoint(AgendaItem item, long memberId, String reason, boolean personal, Instant now) {
        MeetingStatus status = item.meeting().status();
        if (status != MeetingStatus.INVITED && status != MeetingStatus.HELD) {
            throw Refusal.notAllowed("board.error.recusal.closed").because("meeting " + status);
        }
        return new Recusal(memberId, null, item.id(), reason, personal, now);
    }

    public long memberId() {
        return memberId;
    }

    public Long recommendationId() {
        return recommendationId;
    }

    public Long agendaItemId() {
        return agendaItemId;
    }

    public String reason() {
        return reason;
    }

    /** The reason for the public: none where it is personal. */
    public String publicReason() {
        return reasonPersonal ? null : reason;
    }

    public boolean reasonPersonal() {
        return reasonPersonal;
    }

    public Instant declaredAt() {
        return declaredAt;
    }
}
