package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.SessionDraft;
import de.mitwirken.conference.entity.Speaker;
import de.mitwirken.conference.entity.Track;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.entity.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organisers' work on the programme: sessions (time, room, track, seats, speakers) and speakers. A change
 * of a session's seats is made under the conference's lock; more seats go at once to the session's queue.
 * Every change is audited with the state before and after.
 */
@Stateless
@RolesAllowed({ConferencePermissions.ORGANIZER, ConferencePermissions.OFFICE})
public class ProgrammeOffice {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    AuditLog audit;

    public long planSession(long conferenceId, SessionDraft draft) {
        Conference conference = seating.lock(conferenceId);
        check(conference, draft);
        ConferenceSession session = ConferenceSession.plan(conference, track(conferenceId, draft.trackId()), draft,
                speakers(conferenceId, draft.speakerIds()));
        em.persist(session);
        em.flush();
        audit.record("conference.session.plan", "conference-session", session.id(), "session planned: "
                + session.title(), null, state(session));
        return session.id();
    }

    public void changeSession(long sessionId, SessionDraft draft) {
        ConferenceSession found = Rows.find(em, ConferenceSession.class, sessionId);
        Conference conference = seating.lock(found.conferenceId());
        ConferenceSession session = em.find(ConferenceSession.class, sessionId);
        em.refresh(session);
        check(conference, draft);
        Map<String, Object> before = state(session);
        session.change(track(conference.id(), draft.trackId()), draft, speakers(conference.id(), draft.speakerIds()));
        seating.refill(conference, List.of(session));
        audit.record("conference.session.change", "conference-session", sessionId, "session changed: "
                + session.title(), before, state(session));
    }

    public long addSpeaker(long conferenceId, String name, String affiliation, String bio) {
        Conference conference = Rows.find(em, Conference.class, conferenceId);
        problems(name, affiliation, bio);
        Speaker speaker = new Speaker(conference, name, affiliation, bio);
        em.persist(speaker);
        em.flush();
        audit.record("conference.speaker.add", "conference-speaker", speaker.id(), "speaker added: " + speaker.name(),
                null, Map.of("name", speaker.name()));
        return speaker.id();
    }

    public void changeSpeaker(long speakerId, String name, String affiliation, String bio) {
        Speaker speaker = Rows.find(em, Speaker.class, speakerId);
        problems(name, affiliation, bio);
        Map<String, Object> before = speakerState(speaker);
        speaker.change(name, affiliation, bio);
        audit.record("conference.speaker.change", "conference-speaker", speakerId, "speaker changed: " + speaker.name(),
                before, speakerState(speaker));
    }

    /** A portrait for the programme; the upload's type was recognised by its bytes (PNG, JPEG, WebP). */
    public void showSpeakerPhoto(long speakerId, Upload upload) {
        Speaker speaker = Rows.find(em, Speaker.class, speakerId);
        speaker.showPhoto(upload.content(), upload.contentType());
        audit.record("conference.speaker.photo", "conference-speaker", speakerId, "speaker photo: " + speaker.name(),
                null, Map.of("sha256", upload.sha256(), "bytes", upload.content().length));
    }

    private static void check(Conference conference, SessionDraft draft) {
        Map<String, String> problems = draft.problems(conference);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void problems(String name, String affiliation, String bio) {
        Map<String, String> problems = Speaker.problems(name, affiliation, bio);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private Track track(long conferenceId, Long trackId) {
        return em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", conferenceId)
                .getResultStream().filter(t -> Objects.equals(t.id(), trackId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("track", "conference.office.error.track"));
    }

    private List<Speaker> speakers(long conferenceId, List<Long> ids) {
        List<Speaker> all = em.createNamedQuery(Speaker.OF_CONFERENCE, Speaker.class)
                .setParameter("conference", conferenceId).getResultList();
        List<Speaker> chosen = all.stream().filter(s -> ids.contains(s.id())).toList();
        if (chosen.size() != ids.size()) {
            throw InvalidInput.of("speakers", "conference.office.error.speakers");
        }
        return chosen;
    }

    private static Map<String, Object> state(ConferenceSession s) {
        Map<String, Object> state = new HashMap<>();
        state.put("title", s.title());
        state.put("kind", s.kind().name());
        state.put("track", s.track().name());
        state.put("room", s.room());
        state.put("startsAt", s.startsAt().toString());
        state.put("endsAt", s.endsAt().toString());
        state.put("capacity", s.capacity() == null ? "none" : s.capacity());
        state.put("speakers", s.speakers().stream().map(Speaker::name).toList().toString());
        return state;
    }

    private static Map<String, Object> speakerState(Speaker s) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", s.name());
        state.put("affiliation", s.affiliation() == null ? "" : s.affiliation());
        state.put("bio", s.bio() == null ? "" : s.bio());
        return state;
    }
}
