package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moving or calling off a whole edition (issue #24), under the conference's lock: every live registration that
 * may still be written to (not erased) is told once, in the transaction of the change. A move keeps every
 * registration and ticket valid and moves each session by the same days at the same local time; a cancellation
 * ends every registration (seats go back) and calls every session off, so that no certificate is ever issued
 * for an edition that was not held.
 */
@Stateless
public class EditionChanges {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    ConferenceMails mails;
    @Inject
    Clock clock;

    /** What a move or cancellation did: the edition and how many people were told. */
    public record Outcome(Conference conference, int told) {
    }

    public Outcome move(long conferenceId, LocalDate newStart) {
        Conference c = seating.lock(conferenceId);
        Instant now = clock.instant();
        LocalDate oldStart = c.startsOn();
        long days = c.moveTo(newStart);
        for (ConferenceSession s : sessions(conferenceId)) {
            s.shiftDays(days, now);
        }
        int told = 0;
        for (Registration r : live(conferenceId)) {
            if (r.reachable()) {
                mails.conferenceMoved(r, oldStart);
                told++;
            }
        }
        return new Outcome(c, told);
    }

    public Outcome cancel(long conferenceId, String reason) {
        Conference c = seating.lock(conferenceId);
        Instant now = clock.instant();
        c.cancel(reason, now);
        List<Registration> live = live(conferenceId);
        List<List<ConferenceSession>> held = live.stream().map(r -> r.activeChoices().stream()
                .filter(ch -> ch.status() == ChoiceStatus.CONFIRMED).map(Choice::session).toList()).toList();
        for (Registration r : live) {
            r.cancel(now); // gives back the conference's, the type's and the sessions' seats
        }
        for (ConferenceSession s : sessions(conferenceId)) {
            if (!s.cancelled()) {
                s.cancel(now);
            }
        }
        int told = 0;
        for (int i = 0; i < live.size(); i++) {
            if (!live.get(i).erased()) {
                mails.conferenceCancelled(live.get(i), held.get(i));
                told++;
            }
        }
        return new Outcome(c, told);
    }

    private List<ConferenceSession> sessions(long conferenceId) {
        return em.createNamedQuery(ConferenceSession.OF_CONFERENCE, ConferenceSession.class)
                .setParameter("conference", conferenceId).getResultList();
    }

    /** The live registrations, their choices (ended or mailed for each) read in one more query for all. */
    private List<Registration> live(long conferenceId) {
        return em.createNamedQuery(Registration.LIVE_OF_CONFERENCE, Registration.class)
                .setParameter("conference", conferenceId).setHint("eclipselink.batch", "r.choices")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }
}
