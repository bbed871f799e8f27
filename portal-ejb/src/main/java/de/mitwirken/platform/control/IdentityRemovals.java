package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.IdentityRemoval;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Removes Keycloak accounts of deleted profiles; what fails stays queued and is retried by PlatformJobs. */
@Stateless
public class IdentityRemovals {

    private static final Logger LOG = Logger.getLogger(IdentityRemovals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    IdentityRemovals self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int processPending() {
        List<IdentityRemoval> pending = em.createNamedQuery(IdentityRemoval.ALL, IdentityRemoval.class)
                .setMaxResults(50).getResultList();
        int done = 0;
        for (IdentityRemoval removal : pending) {
            try {
                keycloak.remove(removal.subject());
                self.completed(removal.id());
                done++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Keycloak account not removed yet; retried later: " + e);
                self.failed(removal.id(), e.toString());
            }
        }
        return done;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long id) {
        IdentityRemoval removal = em.find(IdentityRemoval.class, id);
        if (removal != null) {
            em.remove(removal);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        IdentityRemoval removal = em.find(IdentityRemoval.class, id);
        if (removal != null) {
            removal.failed(error);
        }
    }

    public long pendingCount() {
        return em.createNamedQuery(IdentityRemoval.ALL, IdentityRemoval.class).getResultList().size();
    }
}
