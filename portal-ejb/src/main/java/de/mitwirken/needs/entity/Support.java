package de.mitwirken.needs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's support of one need. The primary key makes a second support impossible; the need's
 * counter moves only when a row was really inserted or deleted, in the same transaction, so counts stay
 * exact under parallel clicks.
 */
@Entity
@Table(name = "need_support")
@IdClass(Support.Key.class)
@NamedNativeQuery(name = Support.ADD, query = "INSERT IGNORE INTO need_support (need_id, profile_id, created_at, verified)"
        + " VALUES (?, ?, ?, ?)")
@NamedNativeQuery(name = Support.REMOVE, query = "DELETE FROM need_support WHERE need_id = ? AND profile_id = ?")
// a verified support is removed by its own statement first: its count tells which counters go down
@NamedNativeQuery(name = Support.REMOVE_VERIFIED, query = "DELETE FROM need_support WHERE need_id = ? AND profile_id = ? AND verified")
@NamedNativeQuery(name = Support.COUNT_UP, query = "UPDATE need SET support_count = support_count + 1 WHERE id = ?")
@NamedNativeQuery(name = Support.COUNT_DOWN, query = "UPDATE need SET support_count = support_count - 1 WHERE id = ? AND support_count > 0")
@NamedNativeQuery(name = Support.COUNT_UP_VERIFIED, query = "UPDATE need SET support_count = support_count + 1,"
        + " verified_support_count = verified_support_count + 1 WHERE id = ?")
@NamedNativeQuery(name = Support.COUNT_DOWN_VERIFIED, query = "UPDATE need SET support_count = support_count - 1,"
        + " verified_support_count = verified_support_count - 1 WHERE id = ? AND support_count > 0 AND verified_support_count > 0")
@NamedNativeQuery(name = Support.CLUSTER_SUPPORTERS, query = "SELECT COUNT(DISTINCT s.profile_id) FROM need_support s"
        + " JOIN need n ON n.id = s.need_id WHERE n.cluster_id = ?")
@NamedQuery(name = Support.COUNT_VERIFIED, query = "SELECT COUNT(s) FROM Support s WHERE s.needId = :needId AND s.verified = TRUE")
@NamedQuery(name = Support.EXISTS, query = "SELECT COUNT(s) FROM Support s WHERE s.needId = :needId AND s.profileId = :profileId")
@NamedQuery(name = Support.OF_PROFILE, query = "SELECT s FROM Support s WHERE s.profileId = :profileId ORDER BY s.createdAt DESC")
@NamedQuery(name = Support.DELETE_OF_PROFILE, query = "DELETE FROM Support s WHERE s.profileId = :profileId")
public class Support {

    public static final String ADD = "Support.add";
    public static final String REMOVE = "Support.remove";
    public static final String COUNT_UP = "Support.countUp";
    public static final String COUNT_DOWN = "Support.countDown";
    public static final String REMOVE_VERIFIED = "Support.removeVerified";
    public static final String COUNT_UP_VERIFIED = "Support.countUpVerified";
    public static final String COUNT_DOWN_VERIFIED = "Support.countDownVerified";
    /** The verified supports of a need counted from the rows (the counter's check). */
    public static final String COUNT_VERIFIED = "Support.countVerified";
    public static final String CLUSTER_SUPPORTERS = "Support.clusterSupporters";
    public static final String EXISTS = "Support.exists";
    public static final String OF_PROFILE = "Support.ofProfile";
    public static final String DELETE_OF_PROFILE = "Support.deleteOfProfile";

    @Id
    @Column(name = "need_id")
    private Long needId;

    @Id
    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether the supporter was verified (eID, issue #26) when supporting: fixed, so that counters stay exact. */
    @Column(name = "verified", nullable = false)
    private boolean verified;

    protected Support() {
        // for JPA
    }

    public Long needId() {
        return needId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean verified() {
        return verified;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private Long needId;
        private Long profileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(needId, k.needId) && Objects.equals(profileId, k.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(needId, profileId);
        }
    }
}
