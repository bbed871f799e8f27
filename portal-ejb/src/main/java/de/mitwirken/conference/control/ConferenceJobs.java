package de.mitwirken.conference.control;

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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends waitlist offers and unconfirmed guest registrations whose time ran out, so their seats go to the next
 * person, and sends the reminders ({@link Reminders}). A non-persistent timer on every node; each run claims its
 * slot first ({@link JobClaims}: one node of the cluster runs it), and the conference lock (expiry) and the
 * reminders' conditional claims make two nodes doing it at once safe besides.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConferenceJobs {

    private static final Logger LOG = Logger.getLogger(ConferenceJobs.class.getName());

    @Resource
    TimerService timers;

    @EJB
    OfferExpiry expiry;

    @EJB
    Reminders reminders;

    @EJB
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.conference.expiry-seconds", defaultValue = "60")
    int seconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(claims.firstTick(interval()), interval().toMillis(), new TimerConfig("conference-expiry", false));
    }

    private Duration interval() {
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    @Timeout
    void run() {
        try {
            if (!claims.claimInterval("conference.expiry", interval())) {
                return; // another node runs this slot
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "conference jobs: slot not claimed; the next slot tries again", e);
            return;
        }
        try {
            Instant now = clock.instant();
            for (Long conference : expiry.due(now)) {
                expiry.expire(conference, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "conference expiry failed; retried at the next run", e);
        }
        try {
            Instant now = clock.instant();
            int sent = reminders.remindOffers(now);
            for (Long registration : reminders.dueReminders(now)) {
                if (reminders.remind(registration, now)) {
                    sent++;
                }
            }
            if (sent > 0) {
                int count = sent;
                LOG.info(() -> count + " conference reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "conference reminders failed; retried at the next run", e);
        }
    }
}
