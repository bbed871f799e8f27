package de.mitwirken.conference.boundary;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.conference.control.EditionChanges;
import de.mitwirken.conference.control.GuestLimits;
import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSettings;
import de.mitwirken.conference.entity.Partner;
import de.mitwirken.conference.entity.Question;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.conference.entity.Track;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers set up editions: dates, venue, places, sign-up period, how long offers last, consent and
 * retention; registration types with quotas and periods; tracks; questions; partners. Places are changed under the
 * conference's lock, and more places go to the queue at once. Every change is audited.
 */
@Stateless
@RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
public class ConferenceSetup {

    /** The registration types every edition starts with; only participants and press may sign up themselves. */
    static final List<String> TYPES = List.of("participant", "press", "speaker", "staff");

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    EditionChanges editions;
    @Inject
    GuestLimits guestLimits;

    public List<SettingsView> conferences() {
        return em.createNamedQuery(Conference.ALL, Conference.class).getResultStream().map(this::view).toList();
    }

    public SettingsView conference(long id) {
        return view(Rows.find(em, Conference.class, id));
    }

    public long createConference(ConferenceSettings settings) {
        check(settings);
        Conference c = Conference.create(settings, clock.instant());
        em.persist(c);
        em.flush();
        for (String code : TYPES) {
            boolean open = code.equals("participant") || code.equals("press");
            em.persist(new RegistrationType(c, code, open, code.equals("participant") ? c.capacity() : 0));
        }
        em.persist(new Track(c, "Programm", 1));
        audit.record("conference.create", "conference", c.id(), "conference created: " + c.title(), null, state(c));
        return c.id();
    }

    public void changeConference(long id, ConferenceSettings settings) {
        check(settings);
        Conference c = seating.lock(id);
        if (!c.startsOn().equals(settings.startsOn()) && live(id) > 0) {
            // people hold tickets for the old date: a move tells them (moveConference), a silent edit would not
            throw InvalidInput.of("startsOn", "conference.settings.error.moveInstead");
        }
        Map<String, Object> before = state(c);
        c.change(settings);
        seating.refill(c, List.of());
        audit.record("conference.change", "conference", id, "conference changed: " + c.title(), before, state(c));
    }

    public void changeType(long typeId, Integer quota, Instant opensAt, Instant closesAt) {
        RegistrationType found = Rows.find(em, RegistrationType.class, typeId);
        Conference c = seating.lock(found.conference().id());
        RegistrationType type = em.find(RegistrationType.class, typeId);
        em.refresh(type);
        Map<String, Object> before = Map.of("quota", type.quota(), "opensAt", type.opensAt().toString(),
                "closesAt", type.closesAt().toString());
        if (quota == null || quota < 0 || quota > 100_000) {
            throw InvalidInput.of("quota-" + typeId, "conference.settings.error.quota");
        }
        type.change(quota, opensAt, closesAt);
        seating.refill(c, List.of());
        audit.record("conference.type.change", "conference-type", typeId, "registration type changed: " + type.code(),
                before, Map.of("quota", quota, "opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
    }

    /**
     * Moves the edition to a new first day: the sessions move with it at the same local time, every live
     * registration stays valid and each person is told once with the updated calendar entries.
     */
    public int moveConference(long id, LocalDate newStart) {
        Map<String, Object> before = state(seating.lock(id));
        EditionChanges.Outcome moved = editions.move(id, newStart);
        Map<String, Object> after = state(moved.conference());
        after.put("told", moved.told());
        audit.record("conference.move", "conference", id, "conference moved: " + moved.conference().title() + " ("
                + moved.told() + " told)", before, after);
        return moved.told();
    }

    /**
     * Calls the edition off with the reason people are told: every registration ends, every session is called
     * off, each person is told once with calendar cancellations; no certificate is issued for it.
     */
    public int cancelConference(long id, String reason) {
        Map<String, Object> before = state(seating.lock(id));
        EditionChanges.Outcome off = editions.cancel(id, reason);
        Map<String, Object> after = state(off.conference());
        after.put("cancelled", true);
        after.put("reason", off.conference().cancelReason());
        after.put("told", off.told());
        audit.record("conference.cancel", "conference", id, "conference cancelled: " + off.conference().title() + " ("
                + off.told() + " told)", before, after);
        return off.told();
    }

    /**
     * How many days before the start the reminder with the ticket goes out (0: none), and after how many minutes
     * of a session the door may release the seats of people not in the room.
     */
    public void changeReminderAndNoShows(long id, int reminderDays, int noShowMinutes) {
        Conference c = seating.lock(id);
        Map<String, Object> before = state(c);
        c.remindDaysBefore(reminderDays);
        c.releaseNoShowsAfter(noShowMinutes);
        audit.record("conference.reminders", "conference", id, "reminder days: " + reminderDays + ", no-show minutes: "
                + noShowMinutes, before, state(c));
    }

    /** The edition's limits of guest registrations per hour, with the portal's defaults for those left open. */
    public GuestLimitsView guestLimits(long id) {
        Conference c = Rows.find(em, Conference.class, id);
        GuestLimits.Limits d = guestLimits.defaults();
        return new GuestLimitsView(c.guestLimitAddress(), c.guestLimitNetwork(), c.guestLimitTotal(), d.perAddress(),
                d.perNetwork(), d.total());
    }

    /**
     * How many guest registrations per hour the edition takes per address, per network and in all (null: the
     * portal's default).
     */
    public void changeGuestLimits(long id, Integer perAddress, Integer perNetwork, Integer total) {
        Conference c = seating.lock(id);
        Map<String, Object> before = state(c);
        c.limitGuests(perAddress, perNetwork, total);
        audit.record("conference.guestLimits", "conference", id, "guest limits per hour: address " + perAddress
                + ", network " + perNetwork + ", total " + total + " (empty: default)", before, state(c));
    }

    public long addTrack(long conferenceId, String name) {
        Conference c = Rows.find(em, Conference.class, conferenceId);
        String n = CleanText.line(name);
        if (n.length() < 2 || n.length() > 120) {
            throw InvalidInput.of("track", "conference.settings.error.track");
        }
        int position = em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", conferenceId)
                .getResultList().size() + 1;
        Track track = new Track(c, n, position);
        em.persist(track);
        em.flush();
        audit.record("conference.track.add", "conference-track", track.id(), "track added: " + n, null, Map.of("name", n));
        return track.id();
    }

    public long addQuestion(long conferenceId, String text, boolean required) {
        Conference c = Rows.find(em, Conference.class, conferenceId);
        String t = CleanText.line(text);
        if (t.length() < 5 || t.length() > 300) {
            throw InvalidInput.of("question", "conference.settings.error.question");
        }
        int position = em.createNamedQuery(Question.OF_CONFERENCE, Question.class).setParameter("conference", conferenceId)
                .getResultList().size() + 1;
        Question question = new Question(c, position, t, required);
        em.persist(question);
        em.flush();
        audit.record("conference.question.add", "conference-question", question.id(), "question added: " + t, null,
                Map.of("text", t, "required", required));
        return question.id();
    }

    public long addPartner(long conferenceId, String name, String kind, String url) {
        Conference c = Rows.find(em, Conference.class, conferenceId);
        Map<String, String> problems = Partner.problems(name, kind, url);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Partner partner = new Partner(c, name, kind, url);
        em.persist(partner);
        em.flush();
        audit.record("conference.partner.add", "conference-partner", partner.id(), "partner added: " + partner.name(),
                null, Map.of("name", partner.name(), "kind", kind));
        return partner.id();
    }

    public void removePartner(long partnerId) {
        Partner partner = Rows.find(em, Partner.class, partnerId);
        em.remove(partner);
        audit.record("conference.partner.remove", "conference-partner", partnerId, "partner removed: " + partner.name(),
                Map.of("name", partner.name(), "kind", partner.kind()), null);
    }

    private static void check(ConferenceSettings settings) {
        Map<String, String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private SettingsView view(Conference c) {
        long id = c.id();
        return new SettingsView(id, c.title(), c.description(), c.venue(), c.startsOn(), c.endsOn(), c.fundingNote(),
                c.capacity(), c.taken(), c.registrationOpensAt(), c.registrationClosesAt(), c.offerHours(),
                c.consentText(), c.retentionMonths(), c.published(),
                em.createNamedQuery(RegistrationType.OF_CONFERENCE, RegistrationType.class).setParameter("conference", id)
                        .getResultStream().map(t -> new SettingsView.TypeView(t.id(), t.code(), t.publicSignup(),
                                t.quota(), t.taken(), t.opensAt(), t.closesAt())).toList(),
                em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", id).getResultStream()
                        .map(t -> new ProgrammeView.Track(t.id(), t.name())).toList(),
                em.createNamedQuery(Question.OF_CONFERENCE, Question.class).setParameter("conference", id)
                        .getResultStream().map(q -> new ProgrammeView.QuestionView(q.id(), q.text(), q.required()))
                        .toList(),
                em.createNamedQuery(Partner.OF_CONFERENCE, Partner.class).setParameter("conference", id)
                        .getResultStream().map(p -> new SettingsView.PartnerView(p.id(), p.name(), p.kind(), p.url()))
                        .toList(),
                c.reminderDays(), c.noShowMinutes(), c.cancelledAt(), c.cancelReason(), live(id));
    }

    private int live(long conferenceId) {
        return em.createNamedQuery(Registration.COUNT_LIVE, Long.class).setParameter("conference", conferenceId)
                .getSingleResult().intValue();
    }

    private static Map<String, Object> state(Conference c) {
        Map<String, Object> state = new HashMap<>();
        state.put("title", c.title());
        state.put("startsOn", c.startsOn().toString());
        state.put("endsOn", c.endsOn().toString());
        state.put("capacity", c.capacity());
        state.put("opensAt", c.registrationOpensAt().toString());
        state.put("closesAt", c.registrationClosesAt().toString());
        state.put("offerHours", c.offerHours());
        state.put("retentionMonths", c.retentionMonths());
        state.put("published", c.published());
        state.put("reminderDays", c.reminderDays());
        state.put("noShowMinutes", c.noShowMinutes());
        state.put("sequence", c.sequence());
        state.put("guestLimitAddress", c.guestLimitAddress());
        state.put("guestLimitNetwork", c.guestLimitNetwork());
        state.put("guestLimitTotal", c.guestLimitTotal());
        return state;
    }
}
