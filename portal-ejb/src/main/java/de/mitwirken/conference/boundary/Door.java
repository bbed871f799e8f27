package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.AlreadyCheckedIn;
import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceRefused;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationStatus;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Check-in on the day: by the ticket's code (scanned or typed) or by choosing a name from the search. The
 * registration row is locked, so the same ticket shown at two entrances at once is admitted once; the second
 * sees when it was first used. Each admission is audited.
 */
@Stateless
@RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
public class Door {

    private static final int MAX_RESULTS = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketKeys keys;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Seating seating;
    @Resource
    SessionContext session;

    public CheckInResult checkInCode(long conferenceId, String code) {
        OptionalLong id = keys.idOf(code);
        if (id.isEmpty()) {
            return CheckInResult.invalid();
        }
        Registration r = em.find(Registration.class, id.getAsLong(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.conference().id() != conferenceId || !keys.isTicketOf(code, r)) {
            return CheckInResult.invalid();
        }
        return admit(r);
    }

    public CheckInResult checkInAttendee(long conferenceId, long registrationId) {
        Registration r = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.conference().id() != conferenceId) {
            return CheckInResult.invalid();
        }
        return admit(r);
    }

    /**
     * Room scanning: admits the ticket's holder into one session, refusing a person without a seat there (with
     * their waiting-list position). A waiting person at the door takes a seat that is free (released from a
     * no-show) as a walk-up. Seats change only under the conference's lock, as everywhere ({@link Seating}).
     */
    public CheckInResult checkInCodeToSession(long conferenceId, long sessionId, String code) {
        OptionalLong id = keys.idOf(code);
        if (id.isEmpty()) {
            return CheckInResult.invalid();
        }
        seating.lock(conferenceId);
        Registration r = em.find(Registration.class, id.getAsLong());
        if (r == null || r.conference().id() != conferenceId || !keys.isTicketOf(code, r)) {
            return CheckInResult.invalid();
        }
        return admitTo(r, sessionId);
    }

    public CheckInResult checkInAttendeeToSession(long conferenceId, long sessionId, long registrationId) {
        seating.lock(conferenceId);
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || r.conference().id() != conferenceId) {
            return CheckInResult.invalid();
        }
        return admitTo(r, sessionId);
    }

    /**
     * Releases the seats of people not in the room once the session's start plus the edition's no-show minutes
     * have passed; the seats go to the walk-up queue at the door (not offered by mail: the session is running).
     * Answers how many were released.
     */
    public int releaseNoShows(long conferenceId, long sessionId) {
        Conference c = seating.lock(conferenceId);
        ConferenceSession s = em.find(ConferenceSession.class, sessionId);
        if (s == null || s.conferenceId() != conferenceId) {
            throw new NotFoundException("Session " + sessionId);
        }
        Instant now = clock.instant();
        if (!s.noShowsReleasable(now, c.noShowMinutes())) {
            throw new NotAllowed("conference.door.noShowsNotYet", c.noShowMinutes());
        }
        List<Choice> absent = em.createNamedQuery(Choice.ABSENT_OF_SESSION, Choice.class)
                .setParameter("session", sessionId).getResultList();
        for (Choice choice : absent) {
            choice.releaseAsNoShow(now);
        }
        audit.record("conference.noshows", "conference-session", sessionId, "no-show seats released: " + absent.size()
                + " in " + s.title(), null, Map.of("released", absent.size(), "free", String.valueOf(s.free())));
        return absent.size();
    }

    /** One session's room: seats held, people in the room, waiting, free seats (null: no limit of its own). */
    public SessionDoor sessionDoor(long conferenceId, long sessionId) {
        ConferenceSession s = em.find(ConferenceSession.class, sessionId);
        if (s == null || s.conferenceId() != conferenceId) {
            throw new NotFoundException("Session " + sessionId);
        }
        Conference c = em.find(Conference.class, conferenceId);
        long inRoom = em.createNamedQuery(Choice.IN_ROOM, Long.class).setParameter("session", sessionId)
                .getSingleResult();
        long waiting = em.createNamedQuery(Choice.WAITING_IN, Long.class).setParameter("session", sessionId)
                .getSingleResult();
        return new SessionDoor(s.id(), s.title(), s.startsAt(), s.taken(), inRoom, waiting, s.free(),
                s.noShowsReleasable(clock.instant(), c.noShowMinutes()), c.noShowMinutes());
    }

    private CheckInResult admitTo(Registration r, long sessionId) {
        String by = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        if (r.status() != RegistrationStatus.CONFIRMED || !r.addressConfirmed()) {
            return new CheckInResult(CheckInResult.Outcome.NOT_CONFIRMED, r.name(), r.organisation(), r.type().code(),
                    null);
        }
        Choice choice = r.activeChoice(sessionId).orElse(null);
        CheckInResult.Outcome outcome;
        try {
            if (choice != null && choice.status() == ChoiceStatus.WAITLISTED && choice.session().hasRoom()) {
                choice.admitWalkUp(now, by);
                outcome = CheckInResult.Outcome.WALK_UP;
            } else if (choice != null && choice.status() == ChoiceStatus.CONFIRMED) {
                choice.checkIn(now, by);
                outcome = CheckInResult.Outcome.ADMITTED;
            } else {
                Long position = choice != null && choice.status() == ChoiceStatus.WAITLISTED
                        ? em.createNamedQuery(Choice.POSITION, Long.class).setParameter("session", sessionId)
                        .setParameter("id", choice.id()).getSingleResult() : null;
                return new CheckInResult(CheckInResult.Outcome.NO_SEAT, r.name(), r.organisation(), r.type().code(),
                        null, position);
            }
        } catch (AlreadyCheckedIn e) {
            return new CheckInResult(CheckInResult.Outcome.ALREADY, r.name(), r.organisation(), r.type().code(),
                    e.firstAt());
        }
        if (r.checkedInAt() == null) {
            r.checkIn(now, by); // in a room means at the conference
        }
        audit.record("conference.checkin.session", "conference-registration", r.id(), "checked into session "
                + sessionId + ": " + r.name(), null, Map.of("session", sessionId, "walkUp",
                outcome == CheckInResult.Outcome.WALK_UP));
        return new CheckInResult(outcome, r.name(), r.organisation(), r.type().code(), now);
    }

    public List<AttendeeView> search(long conferenceId, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.length() < 2) {
            return List.of();
        }
        String pattern = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createNamedQuery(Registration.SEARCH, Registration.class).setParameter("conference", conferenceId)
                .setParameter("text", pattern).setMaxResults(MAX_RESULTS).getResultStream()
                .map(r -> new AttendeeView(r.id(), r.name(), r.organisation(), r.type().code(), r.checkedInAt()))
                .toList();
    }

    /** Confirmed registrations and how many of them are in. */
    public long[] counts(long conferenceId) {
        Object[] row = em.createNamedQuery(Registration.DOOR_COUNTS, Object[].class)
                .setParameter("conference", conferenceId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private CheckInResult admit(Registration r) {
        String by = session.getCallerPrincipal().getName();
        try {
            r.checkIn(clock.instant(), by);
        } catch (AlreadyCheckedIn e) {
            return new CheckInResult(CheckInResult.Outcome.ALREADY, r.name(), r.organisation(), r.type().code(),
                    e.firstAt());
        } catch (ChoiceRefused e) {
            return new CheckInResult(CheckInResult.Outcome.NOT_CONFIRMED, r.name(), r.organisation(),
                    r.type().code(), null);
        }
        audit.record("conference.checkin", "conference-registration", r.id(), "checked in: " + r.name(), null,
                Map.of("checkedInAt", r.checkedInAt().toString()));
        return new CheckInResult(CheckInResult.Outcome.ADMITTED, r.name(), r.organisation(), r.type().code(),
                r.checkedInAt());
    }
}
