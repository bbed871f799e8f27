package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * Of the places taken, those held for guests who have not confirmed their address yet: they come back when the
 * hold runs out ({@code portal.conference.confirm-hours}). For the conference and by session id.
 */
public record HeldPlaces(int conference, Map<Long, Integer> sessions) implements Serializable {

    public HeldPlaces {
        sessions = Map.copyOf(sessions);
    }

    /** Seats of the session held for unconfirmed guests (0 when none). */
    public int session(long sessionId) {
        return sessions.getOrDefault(sessionId, 0);
    }
}
