package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Partner;
import de.mitwirken.conference.entity.Question;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.conference.entity.Speaker;
import de.mitwirken.conference.entity.Track;
import de.mitwirken.platform.boundary.CalendarFeed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.control.MailRenderer;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import de.mitwirken.platform.boundary.Rows;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What everyone may read: the published conferences with programme, speakers, partners and free seats. */
@Stateless
@PermitAll
public class PublicProgramme {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;
    @Inject
    ConferenceMails mails;
    @Inject
    MailRenderer renderer;

    public List<ProgrammeView> conferences() {
        return em.createNamedQuery(Conference.PUBLISHED, Conference.class).getResultStream().map(this::view).toList();
    }

    public ProgrammeView conference(long id) {
        Conference c = em.find(Conference.class, id);
        if (c == null || !c.published()) {
            throw new NotFoundException("Conference " + id);
        }
        return view(c);
    }

    /** Any edition's programme, published or not yet, for the organisers who prepare it. */
    @RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
    public ProgrammeView programmeInPreparation(long id) {
        ProgrammeView view = view(Rows.find(em, Conference.class, id));
        java.util.Set<Long> chosen = new java.util.HashSet<>(em.createNamedQuery(Choice.SESSIONS_CHOSEN, Long.class)
                .setParameter("conference", id).getResultList());
        return view.withSessions(view.sessions().stream()
                .map(s -> chosen.contains(s.id()) ? s : s.asRemovable()).toList());
    }

    /**
     * The conference shown when no id is given: the next one (not over yet), else the latest. The database
     * picks it (one row each), instead of reading every published edition to choose one here.
     */
    public ProgrammeView current() {
        List<Conference> next = em.createNamedQuery(Conference.NEXT_PUBLISHED, Conference.class)
                .setParameter("today", java.time.LocalDate.now(clock)).setMaxResults(1).getResultList();
        List<Conference> chosen = next.isEmpty()
                ? em.createNamedQuery(Conference.PUBLISHED, Conference.class).setMaxResults(1).getResultList() : next;
        if (chosen.isEmpty()) {
            throw new NotFoundException("Conference");
        }
        return view(chosen.get(0));
    }

    /** The whole programme as one calendar file (a feed calendars can subscribe to). */
    public byte[] programmeCalendar(long conferenceId) {
        ProgrammeView c = conference(conferenceId);
        String link = renderer.base() + "/conference/index.xhtml?id=" + conferenceId;
        return CalendarFeed.of(c.title(), em.createNamedQuery(ConferenceSession.OF_CONFERENCE, ConferenceSession.class)
                .setParameter("conference", conferenceId).getResultStream().map(s -> mails.event(s, link)).toList());
    }

    public byte[] sessionCalendar(long sessionId) {
        ConferenceSession s = em.find(ConferenceSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException("Session " + sessionId);
        }
        ProgrammeView c = conference(s.conferenceId());
        return CalendarFeed.of(c.title(), List.of(mails.event(s, renderer.base() + "/conference/index.xhtml?id="
                + c.id() + "#session-" + sessionId)));
    }

    /** A speaker's portrait of a published conference, or empty. */
    public java.util.Optional<Photo> speakerPhoto(long speakerId) {
        Speaker s = em.find(Speaker.class, speakerId);
        if (s == null || !s.hasPhoto() || !isPublishedConferenceOf(s)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Photo(s.photo(), s.photoType()));
    }

    public record Photo(byte[] content, String contentType) {
    }

    private boolean isPublishedConferenceOf(Speaker s) {
        return em.createNamedQuery(Speaker.PUBLISHED, Long.class).setParameter("id", s.id()).getSingleResult() > 0;
    }

    private ProgrammeView view(Conference c) {
        long id = c.id();
        Instant now = clock.instant();
        // the sessions' speakers in one IN query for all sessions, not one query per session (N+1)
        List<SessionView> sessions = readOnly(em.createNamedQuery(ConferenceSession.OF_CONFERENCE, ConferenceSession.class)
                .setParameter("conference", id).setHint("eclipselink.batch", "s.speakers")
                .setHint("eclipselink.batch.type", "IN")).getResultList().stream().map(PublicProgramme::session).toList();
        return new ProgrammeView(id, c.title(), c.description(), c.venue(), c.startsOn(), c.endsOn(), c.fundingNote(),
                c.capacity(), Math.max(0, c.capacity() - c.taken()), c.registrationOpensAt(), c.registrationClosesAt(),
                c.registrationOpen(now), c.consentText(), c.retentionMonths(), c.offerHours(),
                readOnly(em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", id))
                        .getResultStream().map(t -> new ProgrammeView.Track(t.id(), t.name())).toList(),
                sessions,
                readOnly(em.createNamedQuery(Speaker.OF_CONFERENCE, Speaker.class).setParameter("conference", id))
                        .getResultStream().map(PublicProgramme::speaker).toList(),
                readOnly(em.createNamedQuery(Partner.OF_CONFERENCE, Partner.class).setParameter("conference", id))
                        .getResultStream().map(p -> new ProgrammeView.Partner(p.name(), p.kind(), p.url())).toList(),
                readOnly(em.createNamedQuery(RegistrationType.OF_CONFERENCE, RegistrationType.class)
                        .setParameter("conference", id)).getResultStream().filter(t -> t.openToPublic(now))
                        .map(t -> new ProgrammeView.Type(t.code(), Math.max(0, t.quota() - t.taken()))).toList(),
                readOnly(em.createNamedQuery(Question.OF_CONFERENCE, Question.class).setParameter("conference", id))
                        .getResultStream().map(q -> new ProgrammeView.QuestionView(q.id(), q.text(), q.required()))
                        .toList(), c.cancelled());
    }

    /**
     * The rows are only copied into views: EclipseLink need not register them in the transaction's unit of work
     * (no working copy, no change tracking), which is most of its work per row.
     */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint("eclipselink.read-only", "true");
    }

    static SessionView session(ConferenceSession s) {
        return new SessionView(s.id(), s.title(), s.summary(), s.kind().name(), s.track().id(), s.track().name(),
                s.room(), s.startsAt(), s.endsAt(), s.capacity(), s.free(),
                s.speakers().stream().map(PublicProgramme::speaker).toList(), s.cancelled(), s.changedAt(), false);
    }

    static SpeakerView speaker(Speaker s) {
        return new SpeakerView(s.id(), s.name(), s.affiliation(), s.bio(), s.hasPhoto());
    }

    /**
     * The places and session seats of a published conference held for guests whose address is not confirmed
     * yet; they are part of the taken ones and come back when the hold runs out.
     */
    public HeldPlaces heldPlaces(long conferenceId) {
        if (!isPublished(conferenceId)) {
            throw new NotFoundException("Conference " + conferenceId);
        }
        long places = em.createNamedQuery(Registration.HELD_UNCONFIRMED, Long.class)
                .setParameter("conference", conferenceId).getSingleResult();
        java.util.Map<Long, Integer> seats = new java.util.HashMap<>();
        for (Object[] row : em.createNamedQuery(Choice.HELD_UNCONFIRMED, Object[].class)
                .setParameter("conference", conferenceId).getResultList()) {
            seats.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return new HeldPlaces((int) places, seats);
    }

    /** Whether the conference exists and is published: one row by its key, for callers that need no programme. */
    public boolean isPublished(long id) {
        Conference c = em.find(Conference.class, id);
        return c != null && c.published();
    }
}
