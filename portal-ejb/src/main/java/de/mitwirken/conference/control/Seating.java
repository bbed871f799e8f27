package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.conference.entity.SeatClaims;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one rule of seats: every change of a conference's seats holds the conference row's lock, in the
 * caller's transaction. A new registration gets it by claiming a place ({@link #claims()}, the frequent case,
 * kept to a few statements); every other change (cancel, offers, expiry, set-up) locks the row before anything
 * else of that conference is read (so what is read is current, and two changes never interleave). Freed
 * seats are offered to the waiting here, in the same transaction.
 */
@ApplicationScoped
public class Seating {

    private static final Logger LOG = Logger.getLogger(Seating.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ConferenceMails mails;

    @Inject
    Clock clock;

    public Conference lock(long conferenceId) {
        return Rows.lock(em, Conference.class, conferenceId);
    }

    /**
     * A new registration's seats, taken in the database by conditional updates ({@code taken = taken + 1 WHERE
     * taken < capacity}) in the caller's transaction, in one order: conference, type, sessions by id. Nothing is
     * read first, and a full conference costs no wait: under READ COMMITTED an update that matches no row leaves
     * it unlocked. A successful claim on the conference row holds that row until the commit, so the type's and
     * the sessions' counters, which are claimed only after it, change under the conference's lock as in every
     * other change of seats ({@link #lock}); the row locks are taken in one order, so claims never deadlock.
     */
    public SeatClaims claims() {
        return new SeatClaims() {
            @Override
            public boolean place(Conference conference, RegistrationType type) {
                if (claim(Conference.CLAIM_SEAT, conference.id()) == 0) {
                    return false;
                }
                if (claim(RegistrationType.CLAIM_SEAT, type.id()) == 1) {
                    return true;
                }
                // the type is full: the conference's place goes back at once (its row is still ours)
                claim(Conference.RETURN_SEAT, conference.id());
                return false;
            }

            @Override
            public boolean seat(ConferenceSession session) {
                return claim(ConferenceSession.CLAIM_SEAT, session.id()) == 1;
            }
        };
    }

    private int claim(String update, long id) {
        return em.createNamedQuery(update).setParameter("id", id).executeUpdate();
    }

    /** Whether a flush failed on the one-live-registration-per-address rule (unique index, V14). */
    public static boolean isDuplicateAddress(Throwable e) {
        return Rows.brokeUniqueKey(e, Registration.UNIQUE_ADDRESS);
    }

    /** Locks the conference a registration belongs to; only then may the registration be loaded. */
    public Conference lockConferenceOf(long registrationId) {
        List<Long> ids = em.createNamedQuery(Registration.CONFERENCE_OF, Long.class).setParameter("id", registrationId)
                .getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("Registration " + registrationId);
        }
        return lock(ids.get(0));
    }

    /**
     * Offers free places to the first in each queue: conference places (where the person's registration type
     * has room too), then seats of the given sessions. Each offer holds the seat until it is accepted or runs
     * out ({@link Conference#offerPeriod()}).
     */
    public void refill(Conference conference, Collection<ConferenceSession> sessions) {
        refill(conference, sessions, clock.instant());
    }

    private void refill(Conference conference, Collection<ConferenceSession> sessions, Instant now) {
        Instant until = now.plus(conference.offerPeriod());
        if (conference.hasRoom()) {
            for (Registration waiting : em.createNamedQuery(Registration.QUEUE, Registration.class)
                    .setParameter("conference", conference.id()).getResultList()) {
                if (!conference.hasRoom()) {
                    break;
                }
                if (waiting.type().hasRoom()) {
                    waiting.offer(until);
                    mails.offered(waiting);
                }
            }
        }
        Set<ConferenceSession> distinct = new LinkedHashSet<>(sessions);
        for (ConferenceSession session : distinct) {
            if (!session.hasRoom()) {
                continue;
            }
            for (Choice waiting : em.createNamedQuery(Choice.QUEUE, Choice.class)
                    .setParameter("session", session.id()).getResultList()) {
                if (!session.hasRoom()) {
                    break;
                }
                waiting.offer(until);
                mails.sessionOffered(waiting);
            }
        }
    }

    /**
     * Ends the offers and unconfirmed registrations of one conference whose time ran out by {@code now};
     * refills. The job passes the clock's time; tests pass a later one instead of waiting.
     */
    public int expireDue(long conferenceId, Instant now) {
        Conference conference = lock(conferenceId);
        List<ConferenceSession> freed = new ArrayList<>();
        int ended = 0;
        for (Registration r : em.createNamedQuery(Registration.DUE_IN, Registration.class)
                .setParameter("conference", conferenceId).setParameter("now", now).getResultList()) {
            freed.addAll(r.offerOverdue(now) ? r.expireOffer(now) : r.expireUnconfirmed(now));
            ended++;
        }
        for (Choice c : em.createNamedQuery(Choice.OFFERS_DUE_IN, Choice.class)
                .setParameter("conference", conferenceId).setParameter("now", now).getResultList()) {
            if (c.offerOverdue(now)) {
                c.expire(now);
                freed.add(c.session());
                ended++;
            }
        }
        freed.sort(Comparator.comparing(ConferenceSession::id));
        refill(conference, freed, now);
        if (ended > 0) {
            int count = ended;
            LOG.info(() -> "conference " + conferenceId + ": " + count + " offers or unconfirmed registrations ended");
        }
        return ended;
    }
}
