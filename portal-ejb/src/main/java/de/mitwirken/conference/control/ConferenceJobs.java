package de.mitwirken.conference.control;

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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends waitlist offers and unconfirmed guest registrations whose time ran out, so their seats go to the next
 * person, and sends the reminders ({@link Reminders}). A non-persistent timer on every node; the conference lock
 * (expiry) and the reminders' conditional claims make two nodes doing it at once safe.
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

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.conference.expiry-seconds", defaultValue = "60")
    int seconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(seconds * 1000L, seconds * 1000L, new TimerConfig("conference-expiry", false));
    }

    @Timeout
    void run() {
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
