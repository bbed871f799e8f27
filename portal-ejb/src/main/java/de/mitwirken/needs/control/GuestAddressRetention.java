package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.Need;
import de.mitwirken.platform.boundary.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * A guest's email address is kept only to tell them what became of their need: once it is answered or
 * rejected, it goes after a period (portal.retention.guest-addresses.days, 180). The need stays, anonymous.
 */
@ApplicationScoped
public class GuestAddressRetention implements RetentionRule {

    @PersistenceContext
    EntityManager em;

    @Inject
    NeedsConfig config;

    @Override
    public String name() {
        return "needs.guest-addresses-after-answer";
    }

    @Override
    public Duration keep() {
        return config.keepGuestAddresses();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        return em.createNamedQuery(Need.FORGET_FINISHED_GUESTS).setParameter(1, before).setParameter(2, before)
                .executeUpdate();
    }
}
