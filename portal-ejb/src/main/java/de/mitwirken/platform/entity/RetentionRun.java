package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Proof that retention ran: which rule, up to which cut-off, how many records went (never what they held). */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = RetentionRun.RECENT, query = "SELECT r FROM RetentionRun r ORDER BY r.ranAt DESC, r.id DESC")
public class RetentionRun {

    public static final String RECENT = "RetentionRun.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule", nullable = false, length = 60)
    private String rule;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "cutoff", nullable = false)
    private Instant cutoff;

    @Column(name = "deleted_count", nullable = false)
    private int deletedCount;

    @Column(name = "node", nullable = false, length = 100)
    private String node;

    protected RetentionRun() {
        // for JPA
    }

    public RetentionRun(String rule, Instant ranAt, Instant cutoff, int deletedCount, String node) {
        this.rule = rule;
        this.ranAt = ranAt;
        this.cutoff = cutoff;
        this.deletedCount = deletedCount;
        this.node = node;
    }

    public String rule() {
        return rule;
    }

    public Instant ranAt() {
        return ranAt;
    }

    public Instant cutoff() {
        return cutoff;
    }

    public int deletedCount() {
        return deletedCount;
    }
}
