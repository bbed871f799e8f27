package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.RetentionRule;
import de.mitwirken.platform.entity.RepresentationProof;
import de.mitwirken.platform.entity.RepresentationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proof of a rejected representation request is deleted once the person had time to object (default 90 days
 * after the rejection); the request itself stays on the person's page until their account goes. Accepted requests
 * keep their proof as the office's evidence while the account lives.
 */
@ApplicationScoped
public class RejectedProofsRetention implements RetentionRule {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.retention.organisation-proof-rejected.days", defaultValue = "90")
    int days;

    @Override
    public String name() {
        return "platform.rejected-organisation-proofs";
    }

    @Override
    public Duration keep() {
        return Duration.ofDays(days);
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        List<Long> ids = em.createNamedQuery(RepresentationRequest.REJECTED_BEFORE, Long.class)
                .setParameter("cutoff", cutoff).getResultList();
        return ids.isEmpty() ? 0 : em.createNamedQuery(RepresentationProof.DELETE_OF_REQUESTS)
                .setParameter("ids", ids).executeUpdate();
    }
}
