package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.RoleChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies queued role changes to Keycloak in the order they were decided; what fails stays queued and is
 * retried at the next round (PlatformJobs). Granting and revoking are idempotent in Keycloak, so a change
 * applied twice (two nodes in one round) does no harm.
 */
@Stateless
public class RoleChangeJob {

    private static final Logger LOG = Logger.getLogger(RoleChangeJob.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    RoleChangeJob self;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int processPending() {
        return process(em.createNamedQuery(RoleChange.PENDING, RoleChange.class).setMaxResults(50).getResultList());
    }

    /** One person's pending changes, in order: right after a decision about them (RoleChanges.grantAtOnce). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int processPendingOf(String subject) {
        return process(em.createNamedQuery(RoleChange.PENDING_OF_SUBJECT, RoleChange.class)
                .setParameter("subject", subject).getResultList());
    }

    private int process(List<RoleChange> pending) {
        int done = 0;
        for (RoleChange change : pending) {
            try {
                if (!keycloak.changeRealmRole(change.subject(), change.role(), change.isGrant())) {
                    LOG.info(() -> "role change " + change.id() + ": Keycloak has no user " + change.subject()
                            + "; nothing to change");
                }
                self.applied(change.id());
                done++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "role change " + change.id() + " not applied yet; retried later: " + e);
                self.failed(change.id(), e.toString());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return done;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applied(long id) {
        RoleChange change = em.find(RoleChange.class, id);
        if (change != null) {
            change.applied(clock.instant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        RoleChange change = em.find(RoleChange.class, id);
        if (change != null) {
            change.failed(error);
        }
    }
}
