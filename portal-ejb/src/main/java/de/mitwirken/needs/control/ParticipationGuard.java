package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.NotAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Refuses participation of people a moderator blocked. */
@ApplicationScoped
public class ParticipationGuard {

    @PersistenceContext
    EntityManager em;

    public void requireNotBlocked(long profileId) {
        if (isBlocked(profileId)) {
            throw new NotAllowed("needs.error.blocked");
        }
    }

    public boolean isBlocked(long profileId) {
        return em.find(ParticipationBlock.class, profileId) != null;
    }
}
