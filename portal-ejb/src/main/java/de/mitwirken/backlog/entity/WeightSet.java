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
 * One saved version of the {@link Weights}. Never changed after it is written (every column is
 * non-updatable), so a ranking that names its weight set can always be explained again.
 */
@Entity
@Table(name = "weight_set")
@NamedQuery(name = WeightSet.NEWEST_FIRST, query = "SELECT w FROM WeightSet w ORDER BY w.id DESC")
public class WeightSet {

    public static final String NEWEST_FIRST = "WeightSet.newestFirst";
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supporter_weight", nullable = false, updatable = false)
    private double supporterWeight;

    @Column(name = "reach_weight", nullable = false, updatable = false)
    private double reachWeight;

    @Column(name = "impact_weight", nullable = false, updatable = false)
    private double impactWeight;

    @Column(name = "confidence_weight", nullable = false, updatable = false)
    private double confidenceWeight;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected WeightSet() {
        // for JPA
    }

    public WeightSet(Weights weights, String note, String createdBy, Instant now) {
        if (!weights.problems().isEmpty()) {
            throw Refusal.invalid("note", "backlog.error.note").because("invalid weights: " + weights.problems());
        }
        String text = CleanText.multiline(note);
        if (CleanText.length(text) > NOTE_MAX) {
            throw Refusal.invalid("note", "backlog.error.note").because("note too long");
        }
        this.supporterWeight = weights.supporterWeight();
        this.reachWeight = weights.reachWeight();
        this.impactWeight = weights.impactWeight();
        this.confidenceWeight = weights.confidenceWeight();
        this.note = text.isEmpty() ? null : text;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Weights weights() {
        return new Weights(supporterWeight, reachWeight, impactWeight, confidenceWeight);
    }

    public Long id() {
        return id;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
