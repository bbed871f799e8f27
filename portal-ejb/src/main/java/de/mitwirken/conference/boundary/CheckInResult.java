package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the door learns from a code or a name: ADMITTED (now), ALREADY (with the time of the first check-in),
 * NOT_CONFIRMED (no confirmed place or address), INVALID (no such ticket: mistyped or forged); at a session's
 * door (room scanning) also NO_SEAT and WALK_UP.
 */
public record CheckInResult(Outcome outcome, String name, String organisation, String typeCode, Instant firstAt,
                            Long position) implements Serializable {

    /**
     * At a session's door also NO_SEAT (no seat in this session; position: the place in its waiting list, or
     * null) and WALK_UP (a waiting person took a seat released from a no-show).
     */
    public enum Outcome {
        ADMITTED, ALREADY, NOT_CONFIRMED, INVALID, NO_SEAT, WALK_UP
    }

    CheckInResult(Outcome outcome, String name, String organisation, String typeCode, Instant firstAt) {
        this(outcome, name, organisation, typeCode, firstAt, null);
    }

    static CheckInResult invalid() {
        return new CheckInResult(Outcome.INVALID, null, null, null, null);
    }
}
