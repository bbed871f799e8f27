package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone's date moved: from which date to which, why, and on which day (V20). Kept for good and shown on
 * the public timeline, so a plan that slips stays visible with its reasons. Made by {@link Milestone#moveTo}.
 */
@Entity
@Table(name = "backlog_milestone_move")
public class MilestoneMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", updatable = false)
    private Milestone milestone;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false, updatable = false)
    private LocalDate toDate;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "moved_on", nullable = false, updatable = false)
    private LocalDate movedOn;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected MilestoneMove() {
        // for JPA
    }

    MilestoneMove(Milestone milestone, LocalDate fromDate, LocalDate toDate, String reason, LocalDate movedOn, Instant movedAt) {
        this.milestone = milestone;
        this.fromDate = Objects.requireNonNull(fromDate);
        this.toDate = Objects.requireNonNull(toDate);
        this.reason = Objects.requireNonNull(reason);
        this.movedOn = Objects.requireNonNull(movedOn);
        this.movedAt = Objects.requireNonNull(movedAt);
    }

    public Long id() { return id; }
    public LocalDate fromDate() { return fromDate; }
    public LocalDate toDate() { return toDate; }
    public String reason() { return reason; }
    public LocalDate movedOn() { return movedOn; }
    public Instant movedAt() { return movedAt; }
}
