package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The cluster's one crawl of the council's server (one row): which node holds it until when (a lease that each
 * applied page renews, so a dead node's crawl is taken over; a node that stops gives it back at once), whether the
 * admin asked for one now, and the figures of the last run for the status page.
 */
@Entity
@Table(name = "council_crawl")
public class CouncilCrawl {

    public static final long ID = 1L;

    @Id
    private Long id;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    /** The node that holds the lease (NodeIdentity); only it renews, gives back or finishes the run. */
    @Column(name = "lease_holder")
    private String holder;
    private boolean requested;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "last_success_at")
    private Instant lastSuccessAt;
    /** The figures of the last run (never null: the row starts with zeros). */
    @Embedded
    private CrawlResult last;

    protected CouncilCrawl() {
    }

    /** Whether a run should start now: asked for, never run, or the interval passed; and nobody runs one. */
    public boolean due(Instant now, Duration interval) {
        boolean free = leaseUntil == null || !leaseUntil.isAfter(now);
        return free && (requested || startedAt == null || !startedAt.plus(interval).isAfter(now));
    }

    public void claim(Instant now, Duration lease, String node) {
        this.leaseUntil = now.plus(lease);
        this.holder = node;
        this.startedAt = now;
        this.requested = false;
    }

    /**
     * A page was applied: the run is alive. False when this node no longer holds the lease (it ran out and another
     * node took the crawl over, or it was given back): then the run must stop, never apply beside the other.
     */
    public boolean renew(Instant now, Duration lease, String node) {
        if (!holds(node, now)) {
            return false;
        }
        this.leaseUntil = now.plus(lease);
        return true;
    }

    /**
     * The node stops (an undeploy, a shutdown): the crawl is free at once rather than when the lease runs out, and
     * due, so that the next node resumes the cut-off run without waiting for the interval.
     */
    public void giveBack(String node) {
        if (node.equals(holder)) {
            this.leaseUntil = null;
            this.holder = null;
            this.requested = true;
        }
    }

    private boolean holds(String node, Instant now) {
        return node.equals(holder) && running(now);
    }

    public void request() {
        this.requested = true;
    }

    /** The run ended; complete unless the server stopped answering or a list could not be read. */
    public void finished(String node, Instant now, CrawlResult result) {
        if (holder != null && !node.equals(holder)) {
            return; // another node took the crawl over after this one's lease ran out: its figures count
        }
        this.leaseUntil = null;
        this.holder = null;
        this.finishedAt = now;
        this.last = result;
        if (result.complete()) {
            this.lastSuccessAt = startedAt;
        }
    }

    /** Running: claimed and its lease not yet run out. */
    public boolean running(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }

    public boolean requested() {
        return requested;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public CrawlResult last() {
        return last == null ? new CrawlResult(0, 0, 0, 0, 0, 0, 0, 0, false, null) : last;
    }
}
