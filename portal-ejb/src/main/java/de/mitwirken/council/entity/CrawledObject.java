package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every object kept of the council's server has: its OParl id (the object's URL), when it was last crawled,
 * and whether the council deleted it. A deleted object keeps what was known (a portal page linking it shows it
 * with a note); crawled again, it is no longer marked.
 */
@MappedSuperclass
public abstract class CrawledObject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "oparl_id", nullable = false)
    private String oparlId;
    private boolean deleted;
    @Column(name = "crawled_at", nullable = false)
    private Instant crawledAt;

    protected CrawledObject() {
    }

    protected CrawledObject(String oparlId) {
        this.oparlId = oparlId;
    }

    /** Read again from the council: present (no longer deleted) as of {@code at}. */
    protected void crawledAt(Instant at) {
        this.deleted = false;
        this.crawledAt = at;
    }

    /** The council deleted it: what we know stays, marked. */
    public void deletedByCouncil(Instant at) {
        this.deleted = true;
        this.crawledAt = at;
    }

    public Long id() {
        return id;
    }

    public String oparlId() {
        return oparlId;
    }

    public boolean deleted() {
        return deleted;
    }
}
