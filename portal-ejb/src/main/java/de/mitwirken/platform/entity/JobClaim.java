package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One run of a scheduled job in one slot, claimed by the node that runs it (V51). Rows come only from the insert
 * {@link #CLAIM}, whose primary key lets exactly one node of the cluster take a slot; retention deletes old ones.
 */
@Entity
@Table(name = "job_claim")
@NamedNativeQuery(name = JobClaim.CLAIM,
        query = "INSERT IGNORE INTO job_claim (job, slot_start, node, claimed_at) VALUES (?, ?, ?, ?)")
@NamedQuery(name = JobClaim.DELETE_BEFORE, query = "DELETE FROM JobClaim c WHERE c.claimedAt < :cutoff")
public class JobClaim {

    /** 1: this node runs the slot; 0: another node claimed it before. */
    public static final String CLAIM = "JobClaim.claim";
    public static final String DELETE_BEFORE = "JobClaim.deleteBefore";

    /** Job and slot. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "job", length = 60)
        private String job;
        @Column(name = "slot_start")
        private LocalDateTime slotStart;

        protected Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(job, k.job) && Objects.equals(slotStart, k.slotStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(job, slotStart);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "node", nullable = false, length = 100)
    private String node;
    @Column(name = "claimed_at", nullable = false)
    private LocalDateTime claimedAt;

    protected JobClaim() {
        // for JPA; rows come from the claim insert only
    }

    public String node() {
        return node;
    }
}
