package de.mitwirken.reporting.control;

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
 * (non-persistent timer, like the ranking job); the schedule's row lock lets one node generate.
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

    @Inject
    @ConfigProperty(name = "portal.reporting.schedule.check-seconds", defaultValue = "3600")
    int seconds;

    @PostConstruct
    void schedule() {
        long tick = Duration.ofSeconds(Math.max(1, seconds)).toMillis();
        timers.createIntervalTimer(tick, tick, new TimerConfig("report-schedule", false));
    }

    @Timeout
    void run() {
        try {
            scheduler.runIfDue().ifPresent(id -> LOG.info(() -> "scheduled progress report draft generated: " + id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled report could not be generated; the next look tries again", e);
        }
    }
}
