package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * A block that ended or was lifted is history the moderators need for a while (repeat offenders), not for ever: it
 * goes after a period (portal.retention.ended-blocks.days, 730). Blocks that still apply are never deleted here.
 */
@ApplicationScoped
public class EndedBlockRetention implements RetentionRule {

    @PersistenceContext
    EntityManager em;

    @Inject
    NeedsConfig config;

    @Override
    public String name() {
        return "needs.ended-participation-blocks";
    }

    @Override
    public Duration keep() {
        return config.keepEndedBlocks();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return em.createNamedQuery(ParticipationBlock.DELETE_ENDED_BEFORE).setParameter("cutoff", cutoff).executeUpdate();
    }
}
