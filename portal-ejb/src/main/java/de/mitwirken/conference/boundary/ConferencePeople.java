package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.OrganiserMessage;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.entity.CleanText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Organisers write to people (issue #24): one message to everyone registered for the edition, a session, or a
 * session's waiting list, and the cancellation of one registration on someone's behalf with the reason they
 * are told. Only live, not erased registrations are ever written to; every mail goes through the outbox in the
 * transaction, and each step is audited with how many were written to.
 */
@Stateless
@RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
public class ConferencePeople {

    private static final int MAX_FOUND = 20;

    /** Whom a message goes to: the edition's people, a session's seat holders, or its waiting list. */
    public enum Audience {
        CONFERENCE, SESSION, WAITLIST
    }

    /** A registration as the office finds it to act for the person. */
    public record PersonView(long id, String name, String email, String status, String typeCode)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    ConferenceMails mails;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** How many people a message to this audience reaches today. */
    public int audienceSize(long conferenceId, Audience audience, Long sessionId) {
        return people(conferenceId, audience, sessionId).size();
    }

    public int writeTo(long conferenceId, Audience audience, Long sessionId, OrganiserMessage message) {
        Map<String, String> problems = message.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Registration> people = people(conferenceId, audience, sessionId);
        for (Registration r : people) {
            mails.organiserMessage(r, message.subjectIn(r.language()), message.textIn(r.language()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("audience", audience.name());
        after.put("session", sessionId == null ? "" : sessionId);
        after.put("subject", message.subject());
        after.put("english", message.subjectEn() != null);
        after.put("written", people.size());
        audit.record("conference.message", "conference", conferenceId, "message to " + people.size() + " ("
                + audience + "): " + message.subject(), null, after);
        return people.size();
    }

    /** Live registrations of the edition whose name or address contains the text (at least 2 characters). */
    public List<PersonView> find(long conferenceId, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            return List.of();
        }
        String pattern = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createNamedQuery(Registration.SEARCH_LIVE, Registration.class).setParameter("conference", conferenceId)
                .setParameter("text", pattern).setMaxResults(MAX_FOUND).getResultStream()
                .map(r -> new PersonView(r.id(), r.name(), r.email(), r.status().name(), r.type().code())).toList();
    }

    /**
     * Cancels a registration for the person (who asked by phone, say), with the reason they are told; their
     * seats go to the next in line at once.
     */
    public void cancelOnBehalf(long registrationId, String reason) {
        String clean = CleanText.multilineOrNull(reason);
        if (clean == null || clean.length() < 3 || clean.length() > 1000) {
            throw InvalidInput.of("reason", "conference.people.error.reason");
        }
        seating.lockConferenceOf(registrationId);
        Registration r = Rows.find(em, Registration.class, registrationId);
        String before = r.status().name();
        List<ConferenceSession> freed = r.cancel(clock.instant());
        seating.refill(r.conference(), freed);
        if (!r.erased()) {
            mails.cancelledByOrganiser(r, clean);
        }
        audit.record("conference.registration.cancelOnBehalf", "conference-registration", registrationId,
                "registration cancelled on behalf: " + r.id(), Map.of("status", before),
                Map.of("status", r.status().name(), "reason", clean, "told", r.erased() ? 0 : 1));
    }

    private List<Registration> people(long conferenceId, Audience audience, Long sessionId) {
        if (audience == Audience.CONFERENCE) {
            return em.createNamedQuery(Registration.LIVE_OF_CONFERENCE, Registration.class)
                    .setParameter("conference", conferenceId).getResultStream().filter(Registration::reachable).toList();
        }
        ConferenceSession session = sessionId == null ? null : em.find(ConferenceSession.class, sessionId);
        if (session == null || session.conferenceId() != conferenceId) {
            throw new NotFoundException("Session " + sessionId);
        }
        return em.createNamedQuery(Choice.ACTIVE_OF_SESSION, Choice.class).setParameter("session", sessionId)
                .getResultStream()
                .filter(c -> audience == Audience.SESSION ? c.status().holdsSeat()
                        : c.status() == ChoiceStatus.WAITLISTED || c.status() == ChoiceStatus.WISHED)
                .map(Choice::registration).filter(Registration::reachable).distinct().toList();
    }
}
