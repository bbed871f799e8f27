package de.mitwirken.board.entity;

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
 * A person follows a board recommendation: they hear of each answer and of its implementation. Following twice
 * is one follow (primary key, INSERT IGNORE); unfollowing deletes the row.
 */
@Entity
@Table(name = "board_recommendation_follow")
@IdClass(RecommendationFollow.Key.class)
@NamedNativeQuery(name = RecommendationFollow.FOLLOW, query = "INSERT IGNORE INTO board_recommendation_follow"
        + " (recommendation_id, profile_id, followed_at) VALUES (?, ?, ?)")
@NamedQuery(name = RecommendationFollow.UNFOLLOW, query = "DELETE FROM RecommendationFollow f "
        + "WHERE f.recommendationId = :recommendationId AND f.profileId = :profileId")
@NamedQuery(name = RecommendationFollow.FOLLOWERS, query = "SELECT f.profileId FROM RecommendationFollow f "
        + "WHERE f.recommendationId = :recommendationId ORDER BY f.profileId")
@NamedQuery(name = RecommendationFollow.IS_FOLLOWING, query = "SELECT COUNT(f) FROM RecommendationFollow f "
        + "WHERE f.recommendationId = :recommendationId AND f.profileId = :profileId")
@NamedQuery(name = RecommendationFollow.OF_PROFILE, query = "SELECT f FROM RecommendationFollow f "
        + "WHERE f.profileId = :profileId ORDER BY f.followedAt")
@NamedQuery(name = RecommendationFollow.DELETE_OF_PROFILE, query = "DELETE FROM RecommendationFollow f "
        + "WHERE f.profileId = :profileId")
public class RecommendationFollow {

    public static final String FOLLOW = "RecommendationFollow.follow";
    public static final String UNFOLLOW = "RecommendationFollow.unfollow";
    public static final String FOLLOWERS = "RecommendationFollow.followers";
    public static final String IS_FOLLOWING = "RecommendationFollow.isFollowing";
    public static final String OF_PROFILE = "RecommendationFollow.ofProfile";
    public static final String DELETE_OF_PROFILE = "RecommendationFollow.deleteOfProfile";

    @Id
    @Column(name = "recommendation_id")
    private Long recommendationId;

    @Id
    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected RecommendationFollow() {
        // for JPA; rows are written by the FOLLOW statement
    }

    public long recommendationId() {
        return recommendationId;
    }

    public Instant followedAt() {
        return followedAt;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private Long recommendationId;
        private Long profileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(recommendationId, k.recommendationId)
                    && Objects.equals(profileId, k.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recommendationId, profileId);
        }
    }
}
