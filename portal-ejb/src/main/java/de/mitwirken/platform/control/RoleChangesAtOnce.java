package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.RoleChanges.RoleChangeQueued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies a person's queued role changes to Keycloak right after the decision committed (a withdrawn representative
 * loses the role in the same request). Only after the commit: a change that rolled back is never applied. Whatever
 * fails stays queued for RoleChangeJob's next round.
 */
@ApplicationScoped
public class RoleChangesAtOnce {

    private static final Logger LOG = Logger.getLogger(RoleChangesAtOnce.class.getName());

    @Inject
    RoleChangeJob job;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoleChangeQueued queued) {
        try {
            job.processPendingOf(queued.subject());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "role changes of " + queued.subject() + " left to the job: " + e);
        }
    }
}
