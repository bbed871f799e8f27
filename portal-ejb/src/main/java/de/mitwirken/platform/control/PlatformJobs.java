package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.JobClaims;
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
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's scheduled work: daily digests, daily retention, retrying Keycloak account removals and applying
 * queued role changes. Non-persistent timers tick on every node; each run first claims its slot
 * ({@link JobClaims}), so one node of the cluster does it, and each job is safe besides on several nodes at once.
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
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration IDENTITY_EVERY = Duration.ofMinutes(1);
    /** Often, because an admitted board member waits for their role to sign in with it. */
    private static final Duration ROLES_EVERY = Duration.ofSeconds(5);

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

    @EJB
    JobClaims claims;

    @Inject
    Clock clock;

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
        every(IDENTITY_EVERY, IDENTITY);
        every(ROLES_EVERY, ROLES);
    }

    @Timeout
    void run(Timer timer) {
        String job = String.valueOf(timer.getInfo());
        try {
            if (!claimed(job)) {
                return; // another node runs this slot
            }
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

    private boolean claimed(String job) {
        return switch (job) {
            case DIGEST -> claims.claimDaily("platform." + job, digestHour, BERLIN);
            case RETENTION -> claims.claimDaily("platform." + job, retentionHour, BERLIN);
            case IDENTITY -> claims.claimInterval("platform." + job, IDENTITY_EVERY);
            case ROLES -> claims.claimInterval("platform." + job, ROLES_EVERY);
            default -> true; // an unknown timer: the run says so
        };
    }

    private void every(Duration interval, String job) {
        timers.createIntervalTimer(Date.from(JobSlots.firstTick(clock.instant(), interval)), interval.toMillis(),
                new TimerConfig(job, false));
    }

    private static ScheduleExpression daily(int hour) {
        return new ScheduleExpression().hour(hour).minute(0).second(0).timezone(BERLIN.getId());
    }
}
