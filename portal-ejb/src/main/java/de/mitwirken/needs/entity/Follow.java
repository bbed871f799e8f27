package de.mitwirken.needs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who hears about a need. Taking part follows by default (INSERT IGNORE: an earlier explicit unfollow
 * stays), choosing to follow or unfollow sets the flag explicitly.
 */
@Entity
@Table(name = "need_follow")
@IdClass(Follow.Key.class)
@NamedNativeQuery(name = Follow.BY_DEFAULT, query = "INSERT IGNORE INTO need_follow (need_id, profile_id, active) VALUES (?, ?, TRUE)")
@NamedNativeQuery(name = Follow.CHOOSE, query = "INSERT INTO need_follow (need_id, profile_id, active) VALUES (?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE active = VALUES(active)")
@NamedQuery(name = Follow.FOLLOWERS, query = "SELECT f.profileId FROM Follow f WHERE f.needId = :needId AND f.active = true")
@NamedQuery(name = Follow.FOLLOWERS_OF_NEEDS, query = "SELECT DISTINCT f.profileId FROM Follow f WHERE f.needId IN :needIds"
        + " AND f.active = true")
@NamedQuery(name = Follow.IS_FOLLOWING, query = "SELECT COUNT(f) FROM Follow f WHERE f.needId = :needId"
        + " AND f.profileId = :profileId AND f.active = true")
@NamedQuery(name = Follow.DELETE_OF_PROFILE, query = "DELETE FROM Follow f WHERE f.profileId = :profileId")
public class Follow {

    public static final String BY_DEFAULT = "Follow.byDefault";
    public static final String CHOOSE = "Follow.choose";
    public static final String FOLLOWERS = "Follow.followers";
    /** The people who hear about any of the given needs (:needIds), each once. */
    public static final String FOLLOWERS_OF_NEEDS = "Follow.followersOfNeeds";
    public static final String IS_FOLLOWING = "Follow.isFollowing";
    public static final String DELETE_OF_PROFILE = "Follow.deleteOfProfile";

    @Id
    @Column(name = "need_id")
    private Long needId;

    @Id
    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Follow() {
        // for JPA
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
