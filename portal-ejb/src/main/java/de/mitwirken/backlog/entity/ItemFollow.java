package de.mitwirken.backlog.entity;

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
 * A person follows a backlog item directly (besides hearing of it through the needs it answers). Following twice is
 * one follow (primary key, INSERT IGNORE); unfollowing deletes the row.
 */
@Entity
@Table(name = "backlog_item_follow")
@IdClass(ItemFollow.Key.class)
@NamedNativeQuery(name = ItemFollow.FOLLOW, query = "INSERT IGNORE INTO backlog_item_follow (item_id, profile_id,"
        + " followed_at) VALUES (?, ?, ?)")
@NamedQuery(name = ItemFollow.UNFOLLOW, query = "DELETE FROM ItemFollow f WHERE f.itemId = :itemId AND f.profileId = :profileId")
@NamedQuery(name = ItemFollow.FOLLOWERS, query = "SELECT f.profileId FROM ItemFollow f WHERE f.itemId = :itemId")
@NamedQuery(name = ItemFollow.IS_FOLLOWING, query = "SELECT COUNT(f) FROM ItemFollow f WHERE f.itemId = :itemId"
        + " AND f.profileId = :profileId")
@NamedQuery(name = ItemFollow.OF_PROFILE, query = "SELECT f FROM ItemFollow f WHERE f.profileId = :profileId ORDER BY f.followedAt")
@NamedQuery(name = ItemFollow.DELETE_OF_PROFILE, query = "DELETE FROM ItemFollow f WHERE f.profileId = :profileId")
public class ItemFollow {

    public static final String FOLLOW = "ItemFollow.follow";
    public static final String UNFOLLOW = "ItemFollow.unfollow";
    public static final String FOLLOWERS = "ItemFollow.followers";
    public static final String IS_FOLLOWING = "ItemFollow.isFollowing";
    public static final String OF_PROFILE = "ItemFollow.ofProfile";
    public static final String DELETE_OF_PROFILE = "ItemFollow.deleteOfProfile";

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected ItemFollow() {
        // for JPA; rows are written by the FOLLOW statement
    }

    public long itemId() {
        return itemId;
    }

    public Instant followedAt() {
        return followedAt;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private Long itemId;
        private Long profileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(itemId, k.itemId) && Objects.equals(profileId, k.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, profileId);
        }
    }
}
