package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.RecommendationFollow;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/** A signed-in person (member or public) follows a voted recommendation, or stops following it. */
@Stateless
@RolesAllowed(BoardPermissions.FOLLOW)
public class RecommendationFollowing {

    @PersistenceContext
    EntityManager em;
    @Inject
    IdentityFacade identity;
    @Inject
    Clock clock;

    public void followRecommendation(String subject, long recommendationId) {
        voted(recommendationId);
        em.createNamedQuery(RecommendationFollow.FOLLOW).setParameter(1, recommendationId)
                .setParameter(2, identity.caller(subject).profileId()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    public void unfollowRecommendation(String subject, long recommendationId) {
        em.createNamedQuery(RecommendationFollow.UNFOLLOW).setParameter("recommendationId", recommendationId)
                .setParameter("profileId", identity.caller(subject).profileId()).executeUpdate();
    }

    public boolean isFollowing(String subject, long recommendationId) {
        return em.createNamedQuery(RecommendationFollow.IS_FOLLOWING, Long.class)
                .setParameter("recommendationId", recommendationId)
                .setParameter("profileId", identity.caller(subject).profileId()).getSingleResult() > 0;
    }

    /** Only what the public sees can be followed: a draft is the board's internal business. */
    private void voted(long recommendationId) {
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null || r.status() == RecommendationStatus.DRAFT) {
            throw new NotFoundException("recommendation " + recommendationId);
        }
    }
}
