package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.Need;
import de.mitwirken.platform.boundary.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Guest submissions never confirmed are deleted after 7 days (portal.retention.unconfirmed-needs.days). */
@ApplicationScoped
public class UnconfirmedNeedsRetention implements RetentionRule {

    @PersistenceContext
    EntityManager em;

    @Inject
    NeedsConfig config;

    @Override
    public String name() {
        return "needs.unconfirmed-guest-submissions";
    }

    @Override
    public Duration keep() {
        return config.keepUnconfirmed();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        List<Need> expired = em.createNamedQuery(Need.UNCONFIRMED_BEFORE, Need.class).setParameter("cutoff", cutoff)
                .getResultList();
        expired.forEach(em::remove); // attachments, services and history go with the need (ON DELETE CASCADE)
        return expired.size();
    }
}
