package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One counter of a fixed time window; the database increments it atomically for every node. */
@Entity
@Table(name = "rate_limit_hit")
@IdClass(RateLimitHit.Key.class)
@NamedNativeQuery(name = RateLimitHit.HIT, query = "INSERT INTO rate_limit_hit (bucket, window_start, hits)"
        + " VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE hits = hits + 1")
@NamedNativeQuery(name = RateLimitHit.COUNT, query = "SELECT hits FROM rate_limit_hit WHERE bucket = ? AND window_start = ?")
@NamedQuery(name = RateLimitHit.DELETE_BEFORE, query = "DELETE FROM RateLimitHit h WHERE h.windowStart < :cutoff")
public class RateLimitHit {

    public static final String HIT = "RateLimitHit.hit";
    public static final String COUNT = "RateLimitHit.count";
    public static final String DELETE_BEFORE = "RateLimitHit.deleteBefore";

    @Id
    @Column(name = "bucket", length = 200)
    private String bucket;

    @Id
    @Column(name = "window_start")
    private LocalDateTime windowStart;

    @Column(name = "hits", nullable = false)
    private int hits;

    protected RateLimitHit() {
        // for JPA
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private String bucket;
        private LocalDateTime windowStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bucket, k.bucket) && Objects.equals(windowStart, k.windowStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bucket, windowStart);
        }
    }
}
