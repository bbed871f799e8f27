package de.mitwirken.board.control;

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
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the board's reminders ({@link BoardReminders}) and takes the roles of ended memberships away
 * ({@link TermEnds}) every few minutes. A non-persistent timer on every node; each run claims its slot first
 * ({@link JobClaims}: one node of the cluster runs it), and the reminders' conditional claims and the membership
 * row's lock make two nodes doing it at once safe besides.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BoardJobs {

    private static final Logger LOG = Logger.getLogger(BoardJobs.class.getName());

    @Resource
    TimerService timers;

    @EJB
    BoardReminders reminders;

    @EJB
    TermEnds termEnds;

    @EJB
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.board.reminder-seconds", defaultValue = "300")
    int seconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(claims.firstTick(interval()), interval().toMillis(), new TimerConfig("board-reminders", false));
    }

    private Duration interval() {
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    @Timeout
    void run() {
        try {
            if (!claims.claimInterval("board.reminders", interval())) {
                return; // another node runs this slot
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "board jobs: slot not claimed; the next slot tries again", e);
            return;
        }
        try {
            int sent = reminders.remind(clock.instant());
            if (sent > 0) {
                LOG.info(() -> sent + " board reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "board reminders failed; retried at the next run", e);
        }
        try {
            int ended = termEnds.revokeEnded(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin"))),
                    clock.instant());
            if (ended > 0) {
                LOG.info(() -> ended + " ended board memberships: roles taken away");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "board term ends failed; retried at the next run", e);
        }
    }
}
