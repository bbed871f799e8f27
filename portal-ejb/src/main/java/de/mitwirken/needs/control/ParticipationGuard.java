package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.NotAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Refuses participation of people a moderator blocked, while the block applies (not lifted, end not reached). */
@ApplicationScoped
public class ParticipationGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void requireNotBlocked(long profileId) {
        if (isBlocked(profileId)) {
            throw new NotAllowed("needs.error.blocked");
        }
    }

    public boolean isBlocked(long profileId) {
        return currentBlock(profileId).isPresent();
    }

    /** The block that applies now; the database decides by the end and the lifting, no job needed. */
    public Optional<ParticipationBlock> currentBlock(long profileId) {
        return em.createNamedQuery(ParticipationBlock.CURRENT, ParticipationBlock.class).setParameter("profileId", profileId)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst();
    }
}
