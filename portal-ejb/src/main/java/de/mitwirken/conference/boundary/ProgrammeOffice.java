package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.control.SessionChanges;
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

/**
 * The organisers' work on the programme: sessions (time, room, track, seats, speakers) and speakers. A change
 * of a session's seats is made under the conference's lock; more seats go at once to the session's queue.
 * A change or cancellation tells the session's people (issue #24). Every change is audited with the state
 * before and after and how many were told.
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
    @Inject
    SessionChanges changes;

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

    /**
     * What saving the draft would mean for the session's people, before anything is saved: what changes that
     * they are told of, how many are told and how many the new time puts in an overlap (nothing is locked).
     */
    public SessionChangeImpact previewSessionChange(long sessionId, SessionDraft draft) {
        return impact(changes.preview(sessionId, draft));
    }

    /**
     * Changes a session; each person with a live choice of it is told once what changed (with the updated
     * calendar entry for a held seat, and the overlap the new time makes). A change of nothing they planned
     * around (abstract, kind, track, seats) tells no one. More seats go to the queue.
     */
    public SessionChangeImpact changeSession(long sessionId, SessionDraft draft) {
        ConferenceSession current = Rows.find(em, ConferenceSession.class, sessionId);
        Map<String, Object> before = state(current);
        SessionChanges.Changed changed = changes.change(sessionId, draft);
        SessionChangeImpact impact = impact(changed);
        Map<String, Object> after = state(changed.session());
        after.put("told", impact.affected());
        after.put("overlapping", impact.overlapping());
        after.put("sequence", changed.session().sequence());
        audit.record("conference.session.change", "conference-session", sessionId, "session changed: "
                + changed.session().title() + " (" + impact.affected() + " told)", before, after);
        return impact;
    }

    /**
     * Calls a session off: seats released, queue closed, each person who held or waited for a seat told with a
     * calendar cancellation and sessions at the same time with free seats. The session stays, shown as
     * cancelled, since registrations refer to it. Answers how many were told.
     */
    public int cancelSession(long sessionId) {
        Map<String, Object> before = state(Rows.find(em, ConferenceSession.class, sessionId));
        SessionChanges.CalledOff off = changes.cancel(sessionId);
        Map<String, Object> after = state(off.session());
        after.put("cancelled", true);
        after.put("told", off.audience().affected());
        after.put("choicesEnded", off.choicesEnded());
        audit.record("conference.session.cancel", "conference-session", sessionId, "session cancelled: "
                + off.session().title() + " (" + off.audience().affected() + " told)", before, after);
        return off.audience().affected();
    }

    /** How many people would hear of the session's cancellation (live choices of live, not erased registrations). */
    public int peopleOfSession(long sessionId) {
        return changes.peopleOf(sessionId);
    }

    /** Deletes a session nobody ever chose (a slip of planning); one with any registration is cancelled instead. */
    public void removeSession(long sessionId) {
        Map<String, Object> before = state(Rows.find(em, ConferenceSession.class, sessionId));
        changes.remove(sessionId);
        audit.record("conference.session.remove", "conference-session", sessionId, "session removed: "
                + before.get("title"), before, null);
    }

    private static SessionChangeImpact impact(SessionChanges.Changed changed) {
        return new SessionChangeImpact(changed.aspects().stream().map(Enum::name).toList(),
                changed.audience().affected(), changed.audience().overlapping());
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
        SessionChanges.check(conference, draft);
    }

    private static void problems(String name, String affiliation, String bio) {
        Map<String, String> problems = Speaker.problems(name, affiliation, bio);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private Track track(long conferenceId, Long trackId) {
        return changes.track(conferenceId, trackId);
    }

    private List<Speaker> speakers(long conferenceId, List<Long> ids) {
        return changes.speakers(conferenceId, ids);
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
