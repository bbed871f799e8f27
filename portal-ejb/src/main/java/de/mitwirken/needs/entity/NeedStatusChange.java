package de.mitwirken.needs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a need's public history. */
@Entity
@Table(name = "need_status_change")
public class NeedStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id")
    private Need need;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private NeedStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NeedStatusChange() {
        // for JPA
    }

    NeedStatusChange(Need need, NeedStatus status, Outcome outcome, Instant changedAt) {
        this.need = need;
        this.status = status;
        this.outcome = outcome;
        this.changedAt = changedAt;
    }

    public NeedStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
