package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.AlreadyCheckedIn;
import de.mitwirken.conference.entity.ChoiceRefused;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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
