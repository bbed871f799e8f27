package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.NodeIdentity;
import de.mitwirken.platform.entity.RetentionRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what has been kept long enough, rule by rule (each capability contributes RetentionRule beans),
 * and records for each rule what went: counts, not content. Runs daily (PlatformJobs) and on demand.
 */
@Stateless
public class Retention {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    Retention self;

    @Inject
    Clock clock;

    @Inject
    NodeIdentity node;

    @Inject
    AuditLog audit;

    /** A rule with its period, for the administration page. */
    public record RuleView(String name, Duration keep) implements Serializable {
    }

    /** A past run, for the administration page. */
    public record RunView(String rule, Instant ranAt, Instant cutoff, int deleted) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RunView> runAll() {
        List<RunView> runs = new ArrayList<>();
        for (RetentionRule rule : rules) {
            runs.add(self.run(rule));
        }
        return runs;
    }

    /** An administrator starts a run now; the start is audited, the counts are recorded as usual. */
    @RolesAllowed(PlatformPermissions.ADMINISTER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RunView> runNow() {
        self.auditManualRun();
        return runAll();
    }

    @RolesAllowed(PlatformPermissions.ADMINISTER)
    public void auditManualRun() {
        audit.record("platform.retention.run", "retention", "all", "retention started by hand", null, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunView run(RetentionRule rule) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(rule.keep());
        int deleted = rule.deleteOlderThan(cutoff);
        em.persist(new RetentionRun(rule.name(), now, cutoff, deleted, node.name()));
        return new RunView(rule.name(), now, cutoff, deleted);
    }

    public List<RuleView> rules() {
        return rules.stream().map(r -> new RuleView(r.name(), r.keep())).toList();
    }

    public List<RunView> recentRuns(int max) {
        return em.createNamedQuery(RetentionRun.RECENT, RetentionRun.class).setMaxResults(max).getResultStream()
                .map(r -> new RunView(r.rule(), r.ranAt(), r.cutoff(), r.deletedCount())).toList();
    }

}
