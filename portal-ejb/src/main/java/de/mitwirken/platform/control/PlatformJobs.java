package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.Retention;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's scheduled work (non-persistent timers on every node; each job is safe to run on several
 * nodes at once): daily digests, daily retention, and retrying Keycloak account removals.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformJobs {

    private static final Logger LOG = Logger.getLogger(PlatformJobs.class.getName());
    private static final String DIGEST = "digest";
    private static final String RETENTION = "retention";
    private static final String IDENTITY = "identity-removals";
    private static final String ROLES = "role-changes";

    @Resource
    TimerService timers;

    @EJB
    DigestJob digests;

    @EJB
    Retention retention;

    @EJB
    IdentityRemovals identityRemovals;

    @EJB
    RoleChangeJob roleChanges;

    @Inject
    @ConfigProperty(name = "portal.digest.hour", defaultValue = "6")
    int digestHour;

    @Inject
    @ConfigProperty(name = "portal.retention.hour", defaultValue = "3")
    int retentionHour;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(daily(digestHour), new TimerConfig(DIGEST, false));
        timers.createCalendarTimer(daily(retentionHour), new TimerConfig(RETENTION, false));
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig(IDENTITY, false));
        // often, because an admitted board member waits for their role to sign in with it
        timers.createIntervalTimer(5_000, 5_000, new TimerConfig(ROLES, false));
    }

    @Timeout
    void run(Timer timer) {
        String job = String.valueOf(timer.getInfo());
        try {
            switch (job) {
                case DIGEST -> LOG.info(() -> "digests sent: " + digests.sendAll());
                case RETENTION -> LOG.info(() -> "retention: " + retention.runAll());
                case IDENTITY -> identityRemovals.processPending();
                case ROLES -> roleChanges.processPending();
                default -> LOG.warning(() -> "unknown timer " + job);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job " + job + " failed; it runs again at its next time", e);
        }
    }

    private static ScheduleExpression daily(int hour) {
        return new ScheduleExpression().hour(hour).minute(0).second(0).timezone("Europe/Berlin");
    }
}
