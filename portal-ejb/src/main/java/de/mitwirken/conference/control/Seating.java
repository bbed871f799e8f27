package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one rule of seats: every change of a conference's seats starts by locking the conference row, in the
 * caller's transaction, before anything else of that conference is read (so what is read is current, and
 * two changes never interleave). Freed seats are offered to the waiting here, in the same transaction.
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
     * Reads the current seats of a registration type and of sessions, after {@link #lock}: what was read
     * before the lock may be stale. One query for all of them; it also returns how many wait in each
     * session's queue (session id → count), so that no count is needed later while the lock is held.
     */
    public Map<Long, Long> refresh(RegistrationType type, List<ConferenceSession> sessions) {
        if (sessions.isEmpty()) {
            em.refresh(type);
            return Map.of();
        }
        Map<Long, Long> waiting = new HashMap<>();
        boolean same = true;
        for (Object[] row : em.createNamedQuery(ConferenceSession.SEATS_AND_QUEUES, Object[].class)
                .setParameter("type", type.id()).setParameter("ids", sessions.stream().map(ConferenceSession::id).toList())
                .setHint("eclipselink.refresh", "true").getResultList()) {
            // the refreshed instances must be the ones the caller decides with
            same &= row[0] == type && sessions.stream().anyMatch(s -> s == row[1]);
            waiting.put(((ConferenceSession) row[1]).id(), ((Number) row[2]).longValue());
        }
        if (!same || waiting.size() != sessions.size()) {
            throw new IllegalStateException("type " + type.id() + " or sessions " + sessions + " not read again");
        }
        return waiting;
    }

    /** Whether a flush failed on the one-live-registration-per-address rule (unique index, V14). */
    public static boolean isDuplicateAddress(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062 && sql.getMessage() != null
                    && sql.getMessage().contains(Registration.UNIQUE_ADDRESS)) {
                return true;
            }
        }
        return false;
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
