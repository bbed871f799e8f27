package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.SessionAspect;
import de.mitwirken.conference.entity.SessionAudience;
import de.mitwirken.conference.entity.SessionBefore;
import de.mitwirken.conference.entity.SessionDraft;
import de.mitwirken.conference.entity.Speaker;
import de.mitwirken.conference.entity.Track;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changing and calling off sessions so that their people hear of it (issue #24): under the conference's lock
 * (as every change of seats, see {@link Seating}), each person with a live choice is told once, in the
 * transaction of the change (outbox). The organisers' boundary checks the caller and audits.
 */
@Stateless
public class SessionChanges {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    ConferenceMails mails;
    @Inject
    Clock clock;

    /** A change made: what changed for people, who was told, how many got an overlap. */
    public record Changed(ConferenceSession session, Set<SessionAspect> aspects, SessionAudience audience) {
    }

    /** A session called off: who was told, how many live choices ended (and gave back their seats). */
    public record CalledOff(ConferenceSession session, SessionAudience audience, int choicesEnded) {
    }

    /** Nothing is locked: what saving the draft would change for people, and whom it would reach. */
    public Changed preview(long sessionId, SessionDraft draft) {
        ConferenceSession session = Rows.find(em, ConferenceSession.class, sessionId);
        Conference conference = Rows.find(em, Conference.class, session.conferenceId());
        check(conference, draft);
        if (session.cancelled()) {
            throw new NotAllowed("conference.office.error.sessionCancelled");
        }
        Set<SessionAspect> aspects = session.aspectsChangedBy(draft, speakers(conference.id(), draft.speakerIds()));
        return new Changed(session, aspects, aspects.isEmpty() ? SessionAudience.nobody()
                : audience(session, draft.startsAt(), draft.endsAt()));
    }

    /**
     * Changes the session and tells its people what changed (a held seat gets the calendar entry again, same
     * UID, next SEQUENCE), and the overlap the new time makes. More seats go to the queue.
     */
    public Changed change(long sessionId, SessionDraft draft) {
        ConferenceSession found = Rows.find(em, ConferenceSession.class, sessionId);
        Conference conference = seating.lock(found.conferenceId());
        ConferenceSession session = em.find(ConferenceSession.class, sessionId);
        em.refresh(session);
        check(conference, draft);
        SessionBefore was = SessionBefore.of(session);
        Set<SessionAspect> aspects = session.change(track(conference.id(), draft.trackId()), draft,
                speakers(conference.id(), draft.speakerIds()), clock.instant());
        SessionAudience audience = aspects.isEmpty() ? SessionAudience.nobody()
                : audience(session, session.startsAt(), session.endsAt());
        for (Choice choice : audience.told()) {
            mails.sessionChanged(choice, was, aspects, audience.overlapsOf(choice));
        }
        seating.refill(conference, List.of(session));
        return new Changed(session, aspects, audience);
    }

    /**
     * Calls the session off: each live choice ends (a held seat is given back, the queue is closed), each
     * person is told with a calendar cancellation and the sessions at the same time that still have seats.
     */
    public CalledOff cancel(long sessionId) {
        ConferenceSession found = Rows.find(em, ConferenceSession.class, sessionId);
        Conference conference = seating.lock(found.conferenceId());
        ConferenceSession session = em.find(ConferenceSession.class, sessionId);
        em.refresh(session);
        Instant now = clock.instant();
        List<Choice> live = liveChoices(sessionId);
        SessionAudience audience = SessionAudience.of(session, live, session.startsAt(), session.endsAt());
        session.cancel(now);
        for (Choice choice : live) {
            choice.cancel(now);
        }
        List<ConferenceSession> alternatives = em.createNamedQuery(ConferenceSession.OF_CONFERENCE,
                        ConferenceSession.class).setParameter("conference", conference.id()).getResultStream()
                .filter(s -> !s.id().equals(sessionId) && s.hasRoom()
                        && s.overlaps(session.startsAt(), session.endsAt())).toList();
        for (Choice choice : audience.told()) {
            mails.sessionCancelled(choice, alternatives);
        }
        return new CalledOff(session, audience, live.size());
    }

    /** Deletes a session that no choice ever referred to; one with any is cancelled instead. */
    public ConferenceSession remove(long sessionId) {
        ConferenceSession found = Rows.find(em, ConferenceSession.class, sessionId);
        seating.lock(found.conferenceId());
        long references = em.createNamedQuery(Choice.COUNT_OF_SESSION, Long.class).setParameter("session", sessionId)
                .getSingleResult();
        if (references > 0) {
            throw new NotAllowed("conference.office.error.sessionInUse");
        }
        ConferenceSession session = em.find(ConferenceSession.class, sessionId);
        em.remove(session);
        return session;
    }

    /** How many people a change or cancellation of the session reaches today. */
    public int peopleOf(long sessionId) {
        ConferenceSession session = Rows.find(em, ConferenceSession.class, sessionId);
        return audience(session, session.startsAt(), session.endsAt()).affected();
    }

    private SessionAudience audience(ConferenceSession session, Instant start, Instant end) {
        return SessionAudience.of(session, liveChoices(session.id()), start, end);
    }

    /**
     * The session's live choices with their registrations; the registrations' own choices (for the overlap rule)
     * come in one more query for all of them, not one per person.
     */
    private List<Choice> liveChoices(long sessionId) {
        return em.createNamedQuery(Choice.ACTIVE_OF_SESSION, Choice.class).setParameter("session", sessionId)
                .setHint("eclipselink.batch", "c.registration.choices").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public static void check(Conference conference, SessionDraft draft) {
        Map<String, String> problems = draft.problems(conference);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public Track track(long conferenceId, Long trackId) {
        return em.createNamedQuery(Track.OF_CONFERENCE, Track.class).setParameter("conference", conferenceId)
                .getResultStream().filter(t -> Objects.equals(t.id(), trackId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("track", "conference.office.error.track"));
    }

    public List<Speaker> speakers(long conferenceId, List<Long> ids) {
        List<Speaker> all = em.createNamedQuery(Speaker.OF_CONFERENCE, Speaker.class)
                .setParameter("conference", conferenceId).getResultList();
        List<Speaker> chosen = all.stream().filter(s -> ids.contains(s.id())).toList();
        if (chosen.size() != ids.size()) {
            throw InvalidInput.of("speakers", "conference.office.error.speakers");
        }
        return chosen;
    }
}
