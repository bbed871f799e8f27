package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a recommendation's way, as recorded: the status reached, when, who answered, what they said. */
@Entity
@Table(name = "board_recommendation_step")
public class RecommendationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20, updatable = false)
    private RecommendationStatus status;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(name = "answered_by", length = 200, updatable = false)
    private String answeredBy;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected RecommendationStep() {
        // for JPA
    }

    RecommendationStep(Recommendation recommendation, RecommendationStatus status, LocalDate onDate, String answeredBy,
                       String note, String recordedBy, Instant recordedAt) {
        this.recommendation = recommendation;
        this.status = status;
        this.onDate = onDate;
        this.answeredBy = answeredBy;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public RecommendationStatus status() {
        return status;
    }

    public LocalDate onDate() {
        return onDate;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String note() {
        return note;
    }
}
