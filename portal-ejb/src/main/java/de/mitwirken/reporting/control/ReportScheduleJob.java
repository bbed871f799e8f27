package de.mitwirken.reporting.control;

import de.mitwirken.platform.boundary.JobClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks every portal.reporting.schedule.check-seconds (default an hour; the test domain a few seconds) whether
 * the report schedule is due, and lets {@link ReportScheduler} generate the draft. Runs on every node
 * (non-persistent timer); each look claims its slot first ({@link JobClaims}: one node of the cluster looks), and
 * the schedule's row lock lets one node generate besides.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportScheduleJob {

    private static final Logger LOG = Logger.getLogger(ReportScheduleJob.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ReportScheduler scheduler;

    @EJB
    JobClaims claims;

    @Inject
    @ConfigProperty(name = "portal.reporting.schedule.check-seconds", defaultValue = "3600")
    int seconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(claims.firstTick(interval()), interval().toMillis(), new TimerConfig("report-schedule", false));
    }

    private Duration interval() {
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    @Timeout
    void run() {
        try {
            if (!claims.claimInterval("reporting.schedule", interval())) {
                return; // another node looks in this slot
            }
            scheduler.runIfDue().ifPresent(id -> LOG.info(() -> "scheduled progress report draft generated: " + id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled report could not be generated; the next look tries again", e);
        }
    }
}
