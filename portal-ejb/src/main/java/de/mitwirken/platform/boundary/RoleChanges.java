package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.RoleChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * How a capability gives or takes a portal role (a Keycloak realm role) as the consequence of a decision,
 * e.g. the board admitting a member. The change is queued in the caller's transaction and applied to
 * Keycloak by RoleChangeJob; it takes effect at the person's next sign-in.
 */
@Stateless
public class RoleChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void grant(String subject, String role) {
        queue(subject, role, true);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revoke(String subject, String role) {
        queue(subject, role, false);
    }

    private void queue(String subject, String role, boolean grant) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("not a portal role: " + role);
        }
        em.persist(new RoleChange(subject, role, grant, clock.instant()));
    }
}
