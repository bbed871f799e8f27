package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How one member voted in an open vote (secret votes keep no such rows). */
@Entity
@Table(name = "board_recommendation_vote")
public class RecommendationVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
    private Recommendation recommendation;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote", nullable = false, length = 8, updatable = false)
    private VoteChoice vote;

    protected RecommendationVote() {
        // for JPA
    }

    RecommendationVote(Recommendation recommendation, long memberId, VoteChoice vote) {
        this.recommendation = recommendation;
        this.memberId = memberId;
        this.vote = vote;
    }

    public long memberId() {
        return memberId;
    }

    public VoteChoice vote() {
        return vote;
    }
}
