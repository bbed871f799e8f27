package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.RoleChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * How a capability gives or takes a portal role (a Keycloak realm role) as the consequence of a decision,
 * e.g. the board admitting a member. The change is queued in the caller's transaction and applied to
 * Keycloak by RoleChangeJob within seconds; a grant takes effect at the person's next sign-in, a revocation at
 * once: the web tier ends a session that still carries a role revoked after its sign-in ({@link #revokedSince}).
 */
@Stateless
public class RoleChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<RoleChangeQueued> queued;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void grant(String subject, String role) {
        queue(subject, role, true);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revoke(String subject, String role) {
        queue(subject, role, false);
    }

    /**
     * Like {@link #grant}, and Keycloak is asked right after the caller's transaction commits (in the same request),
     * not only at the job's next round; when Keycloak is not reachable then, the job retries as always.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void grantAtOnce(String subject, String role) {
        queue(subject, role, true);
        queued.fire(new RoleChangeQueued(subject));
    }

    /** Like {@link #revoke}, applied right after the commit as {@link #grantAtOnce} is. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revokeAtOnce(String subject, String role) {
        queue(subject, role, false);
        queued.fire(new RoleChangeQueued(subject));
    }

    /** A role change of this person waits in the queue: applied after the commit that queued it. */
    public record RoleChangeQueued(String subject) {
    }

    /**
     * The roles taken from the person in Keycloak after {@code since} (e.g. a session's sign-in): a session that
     * still carries one of them must end, so that the next sign-in gets tokens without it.
     */
    public java.util.Set<String> revokedSince(String subject, Instant since) {
        return java.util.Set.copyOf(em.createNamedQuery(RoleChange.REVOKED_SINCE, String.class)
                .setParameter("subject", subject).setParameter("since", since).getResultList());
    }

    private void queue(String subject, String role, boolean grant) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("not a portal role: " + role);
        }
        em.persist(new RoleChange(subject, role, grant, clock.instant()));
    }
}
