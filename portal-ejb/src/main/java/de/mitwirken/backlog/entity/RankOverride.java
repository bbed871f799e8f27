package de.mitwirken.backlog.entity;

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
 * A manual rank set (or lifted, rank null) by the strategy office with its written justification, kept as
 * history next to the audit log so the roadmap can say why an item stands where it stands.
 */
@Entity
@Table(name = "rank_override")
@NamedQuery(name = RankOverride.OF_ITEM, query = "SELECT o FROM RankOverride o WHERE o.itemId = :itemId ORDER BY o.id DESC")
public class RankOverride {

    public static final String OF_ITEM = "RankOverride.ofItem";
    public static final int JUSTIFICATION_MIN = 20;
    public static final int JUSTIFICATION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "item_rank", updatable = false)
    private Integer rank;

    @Column(name = "justification", nullable = false, length = 2000, updatable = false)
    private String justification;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected RankOverride() {
        // for JPA
    }

    RankOverride(Long itemId, Integer rank, String justification, String createdBy, Instant now) {
        String text = CleanText.multiline(justification);
        if (CleanText.length(text) < JUSTIFICATION_MIN || CleanText.length(text) > JUSTIFICATION_MAX) {
            throw Refusal.invalid("justification", "backlog.error.justification")
                    .because("a justification of 20 to 2000 characters");
        }
        this.itemId = itemId;
        this.rank = rank;
        this.justification = text;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Integer rank() {
        return rank;
    }

    public String justification() {
        return justification;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
