package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Partner;
import de.mitwirken.conference.entity.Question;
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
        return view(Rows.find(em, Conference.class, id));
    }

    /** The conference shown when no id is given: the next one, else the latest. */
    public ProgrammeView current() {
        List<Conference> all = em.createNamedQuery(Conference.PUBLISHED, Conference.class).getResultList();
        if (all.isEmpty()) {
            throw new NotFoundException("Conference");
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return view(all.stream().filter(c -> !c.endsOn().isBefore(today))
                .min(java.util.Comparator.comparing(Conference::startsOn)).orElse(all.get(0)));
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
        List<SessionView> sessions = em.createNamedQuery(ConferenceSession.OF_CONFERENCE, ConferenceSession.class)
                .setParameter("conference", id).setHint("eclipselink.batch", "s.speakers")
                .setHint("eclipselink.batch.type", "IN").getResultList().stream().map(PublicProgramme::session).toList();
        return new ProgrammeView(id, c.title(), c.description(), c.venue(), c.startsOn(), c.endsOn(), c.fundingNote(),
                c.capacity(), Math.max(0, c.capacity() - c.taken()), c.registrationOpensAt(), c.registrationClosesAt(),
                c.registrationOpen(now), c.consentText(), c.retentionMonths(), c.offerHours(),
                em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", id).getResultStream()
                        .map(t -> new ProgrammeView.Track(t.id(), t.name())).toList(),
                sessions,
                em.createNamedQuery(Speaker.OF_CONFERENCE, Speaker.class).setParameter("conference", id)
                        .getResultStream().map(PublicProgramme::speaker).toList(),
                em.createNamedQuery(Partner.OF_CONFERENCE, Partner.class).setParameter("conference", id)
                        .getResultStream().map(p -> new ProgrammeView.Partner(p.name(), p.kind(), p.url())).toList(),
                em.createNamedQuery(RegistrationType.OF_CONFERENCE, RegistrationType.class)
                        .setParameter("conference", id).getResultStream().filter(t -> t.openToPublic(now))
                        .map(t -> new ProgrammeView.Type(t.code(), Math.max(0, t.quota() - t.taken()))).toList(),
                em.createNamedQuery(Question.OF_CONFERENCE, Question.class).setParameter("conference", id)
                        .getResultStream().map(q -> new ProgrammeView.QuestionView(q.id(), q.text(), q.required()))
                        .toList());
    }

    static SessionView session(ConferenceSession s) {
        return new SessionView(s.id(), s.title(), s.summary(), s.kind().name(), s.track().id(), s.track().name(),
                s.room(), s.startsAt(), s.endsAt(), s.capacity(), s.free(),
                s.speakers().stream().map(PublicProgramme::speaker).toList());
    }

    static SpeakerView speaker(Speaker s) {
        return new SpeakerView(s.id(), s.name(), s.affiliation(), s.bio(), s.hasPhoto());
    }

    /** Whether the conference exists and is published: one row by its key, for callers that need no programme. */
    public boolean isPublished(long id) {
        Conference c = em.find(Conference.class, id);
        return c != null && c.published();
    }
}
