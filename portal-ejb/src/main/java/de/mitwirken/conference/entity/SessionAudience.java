package de.mitwirken.conference.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of a change of one session: each person with an active choice of it (a seat, an offer, a place in
 * its queue or a wish), whose registration is live and not erased; one entry per person, since a registration
 * holds at most one active choice of a session. For a move, also whom the new time puts in an overlap with
 * another session they hold. Pure, so the organiser's preview and the change itself count alike.
 */
public record SessionAudience(List<Choice> told, Map<Long, List<ConferenceSession>> overlaps) {

    public SessionAudience {
        told = List.copyOf(told);
        overlaps = Map.copyOf(overlaps);
    }

    /** No one (a change that changes nothing anyone planned around). */
    public static SessionAudience nobody() {
        return new SessionAudience(List.of(), Map.of());
    }

    /** The audience of the session's choices, were the session to run from start to end. */
    public static SessionAudience of(ConferenceSession session, List<Choice> choicesOfSession, Instant start,
                                     Instant end) {
        List<Choice> told = new ArrayList<>();
        Map<Long, List<ConferenceSession>> overlaps = new LinkedHashMap<>();
        for (Choice choice : choicesOfSession) {
            Registration r = choice.registration();
            if (!choice.session().id().equals(session.id()) || !choice.status().isActive() || !r.reachable()) {
                continue;
            }
            told.add(choice);
            List<ConferenceSession> clash = r.heldOverlapping(session, start, end);
            if (!clash.isEmpty()) {
                overlaps.put(choice.id(), clash);
            }
        }
        return new SessionAudience(told, overlaps);
    }

    public int affected() {
        return told.size();
    }

    /** How many of them the new time puts in an overlap. */
    public int overlapping() {
        return overlaps.size();
    }

    /** The sessions the person of this choice would hold at the same time (empty: none). */
    public List<ConferenceSession> overlapsOf(Choice choice) {
        return overlaps.getOrDefault(choice.id(), List.of());
    }
}
