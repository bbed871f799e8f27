package de.mitwirken.conference.boundary;

import de.mitwirken.conference.boundary.OfficeDashboard.SessionFill;
import de.mitwirken.conference.boundary.OfficeDashboard.StatusCount;
import de.mitwirken.conference.boundary.OfficeDashboard.TypeFill;
import de.mitwirken.conference.control.BadgesPdf;
import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.control.OfficeFigures;
import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Question;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationStatus;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The conference office of the organisers and the strategy office: the figures of one conference, the export
 * of its registrations and the name badges of the confirmed. Reading the export and the badges is a staff read
 * of personal data and is audited (conference.export, conference.badges) with the number of people read.
 */
@Stateless
@RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
public class ConferenceOffice {

    private static final String BUNDLE = "de.mitwirken.conference.mails";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** Registrations per day and by status, seats per type and session, queues, check-ins and no-shows. */
    public OfficeDashboard dashboard(long conferenceId) {
        Conference c = conference(conferenceId);
        List<Instant> created = em.createNamedQuery(Registration.CREATED_TIMES, Instant.class)
                .setParameter("conference", conferenceId).getResultList();

        Map<RegistrationStatus, Long> counted = new EnumMap<>(RegistrationStatus.class);
        for (Object[] row : em.createNamedQuery(Registration.STATUS_COUNTS, Object[].class)
                .setParameter("conference", conferenceId).getResultList()) {
            counted.put((RegistrationStatus) row[0], ((Number) row[1]).longValue());
        }
        List<StatusCount> byStatus = new ArrayList<>();
        for (RegistrationStatus s : RegistrationStatus.values()) {
            byStatus.add(new StatusCount(s, counted.getOrDefault(s, 0L)));
        }

        List<TypeFill> types = em.createNamedQuery(RegistrationType.OF_CONFERENCE, RegistrationType.class)
                .setParameter("conference", conferenceId).getResultStream()
                .map(t -> new TypeFill(t.code(), t.quota(), t.taken())).toList();

        Map<Long, Long> waiting = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Choice.WAITING_PER_SESSION, Object[].class)
                .setParameter("conference", conferenceId).getResultList()) {
            waiting.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, long[]> attendance = new HashMap<>(); // session → {checked in, no-shows, walk-ups}
        for (Object[] row : em.createNamedQuery(Choice.ATTENDANCE, Object[].class)
                .setParameter("conference", conferenceId).getResultList()) {
            long[] a = attendance.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3]);
            if (row[1] == ChoiceStatus.NO_SHOW) {
                a[1] += ((Number) row[2]).longValue();
            } else {
                a[0] += ((Number) row[3]).longValue();
                a[2] += row[4] == null ? 0 : ((Number) row[4]).longValue();
            }
        }
        List<SessionFill> sessions = em.createNamedQuery(ConferenceSession.OF_CONFERENCE, ConferenceSession.class)
                .setParameter("conference", conferenceId).getResultStream()
                .map(s -> {
                    long[] a = attendance.getOrDefault(s.id(), new long[3]);
                    return new SessionFill(s.id(), s.title(), s.startsAt(), s.capacity(), s.taken(),
                            waiting.getOrDefault(s.id(), 0L), s.cancelled(), a[0], a[1], a[2]);
                })
                .toList();

        Object[] door = em.createNamedQuery(Registration.DOOR_COUNTS, Object[].class)
                .setParameter("conference", conferenceId).getSingleResult();
        long confirmed = ((Number) door[0]).longValue();
        long checkedIn = ((Number) door[1]).longValue();
        boolean started = OfficeFigures.started(c.startsOn(), LocalDate.now(clock.withZone(ConferenceMails.CITY)));
        return new OfficeDashboard(c.id(), c.title(), c.startsOn(), c.endsOn(), c.capacity(), c.taken(), started,
                OfficeFigures.perDay(created, ConferenceMails.CITY), byStatus, types, sessions,
                counted.getOrDefault(RegistrationStatus.WAITLISTED, 0L), confirmed, checkedIn,
                OfficeFigures.noShowRate(started, confirmed, checkedIn));
    }

    /** Every registration of the conference with its sessions and answers, for the CSV and Excel export. */
    public AttendeeExport attendees(long conferenceId) {
        Conference c = conference(conferenceId);
        List<Question> questions = em.createNamedQuery(Question.OF_CONFERENCE, Question.class)
                .setParameter("conference", conferenceId).getResultList();
        List<Registration> registrations = em.createNamedQuery(Registration.OF_CONFERENCE, Registration.class)
                .setParameter("conference", conferenceId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.choices")
                .setHint("eclipselink.batch", "r.answers")
                .getResultList();
        List<AttendeeExport.Row> rows = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            Map<Long, String> answers = r.answers();
            rows.add(new AttendeeExport.Row(r.id(), r.name(), r.email(), r.organisation(), r.type().code(),
                    r.group().name(), r.status().name(), r.accessibilityNeeds(), r.dietaryNeeds(),
                    r.choices().stream()
                            .map(ch -> new AttendeeExport.SessionChoice(ch.session().title(), ch.status().name()))
                            .toList(),
                    r.checkedInAt(),
                    questions.stream().map(q -> answers.getOrDefault(q.id(), "")).toList()));
        }
        audit.record("conference.export", "conference", conferenceId,
                "attendee export: " + rows.size() + " registrations", null, Map.of("count", rows.size()));
        return new AttendeeExport(c.id(), c.title(), questions.stream().map(Question::text).toList(), rows);
    }

    /**
     * Name badges of everyone with a confirmed place, in order of name, as a PDF to print and cut; in German,
     * the language of the conference, so the document has one language (PDF/UA).
     */
    public byte[] badges(long conferenceId) {
        Conference c = conference(conferenceId);
        List<Registration> confirmed = em.createNamedQuery(Registration.CONFIRMED_BY_NAME, Registration.class)
                .setParameter("conference", conferenceId).getResultList();
        ResourceBundle de = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);
        List<BadgesPdf.Badge> badges = confirmed.stream().filter(r -> !r.erased())
                .map(r -> new BadgesPdf.Badge(r.name(), r.organisation(),
                        typeLabel(de, r.type().code())))
                .toList();
        byte[] pdf = BadgesPdf.render(new BadgesPdf.Sheet("de", de.getString("conference.badges.title") + " – "
                + c.title(), c.title(), de.getString("conference.badges.none"), badges));
        audit.record("conference.badges", "conference", conferenceId, "name badges: " + badges.size() + " people",
                null, Map.of("count", badges.size()));
        return pdf;
    }

    private static String typeLabel(ResourceBundle bundle, String code) {
        try {
            return bundle.getString("conference.badge.type." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    private Conference conference(long id) {
        Conference c = em.find(Conference.class, id);
        if (c == null) {
            throw new NotFoundException("Conference " + id);
        }
        return c;
    }
}
