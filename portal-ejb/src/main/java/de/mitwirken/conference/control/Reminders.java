package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Registration;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The reminders of issue #24: the ticket and the sessions N days before an edition (its setting, default 2),
 * and a day before a waitlist offer runs out. Each is claimed by a conditional update before its mail is queued
 * in the same transaction, so a reminder goes out once however many nodes run the job.
 */
@Stateless
public class Reminders {

    /** The most days before a start that an edition may remind (its setting is checked against it). */
    static final int MAX_DAYS = 30;
    static final Duration DAY = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;
    @Inject
    ConferenceMails mails;

    /** The registrations whose reminder is due today. */
    public List<Long> dueReminders(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ConferenceMails.CITY);
        return em.createNamedQuery(Registration.REMINDER_CANDIDATES, Registration.class)
                .setParameter("today", today).setParameter("horizon", today.plusDays(MAX_DAYS)).getResultStream()
                .filter(r -> r.reminderDue(today)).map(Registration::id).toList();
    }

    /** Queues one registration's reminder unless it was sent already; true if it was queued now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long registrationId, Instant now) {
        if (em.createNamedQuery(Registration.CLAIM_REMINDER).setParameter("now", now).setParameter("id", registrationId)
                .executeUpdate() == 0) {
            return false;
        }
        mails.reminder(em.find(Registration.class, registrationId));
        return true;
    }

    /**
     * Offers that run out within a day and were made more than a day before they run out (a shorter offer's
     * own mail is its reminder): conference places first, then session seats.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindOffers(Instant now) {
        int sent = 0;
        for (Registration r : em.createNamedQuery(Registration.OFFERS_TO_REMIND, Registration.class)
                .setParameter("now", now).setParameter("dayAhead", now.plus(DAY)).getResultList()) {
            if (r.conference().offerPeriod().compareTo(DAY) > 0 && claim(Registration.CLAIM_OFFER_REMINDER, r.id(), now)) {
                String what = ResourceBundle.getBundle(ConferenceMails.BUNDLE, r.language().locale())
                        .getString("conference.offerReminder.conference");
                mails.offerRunsOut(r, what, r.offerExpiresAt());
                sent++;
            }
        }
        for (Choice c : em.createNamedQuery(Choice.OFFERS_TO_REMIND, Choice.class)
                .setParameter("now", now).setParameter("dayAhead", now.plus(DAY)).getResultList()) {
            Registration r = c.registration();
            if (r.conference().offerPeriod().compareTo(DAY) > 0 && r.reachable()
                    && claim(Choice.CLAIM_OFFER_REMINDER, c.id(), now)) {
                mails.offerRunsOut(r, "„" + c.session().title() + "“", c.offerExpiresAt());
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(String update, long id, Instant now) {
        return em.createNamedQuery(update).setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }
}
