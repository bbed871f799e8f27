package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the door learns from a code or a name: ADMITTED (now), ALREADY (with the time of the first check-in),
 * NOT_CONFIRMED (no confirmed place or address), INVALID (no such ticket: mistyped or forged).
 */
public record CheckInResult(Outcome outcome, String name, String organisation, String typeCode, Instant firstAt)
        implements Serializable {

    public enum Outcome {
        ADMITTED, ALREADY, NOT_CONFIRMED, INVALID
    }

    static CheckInResult invalid() {
        return new CheckInResult(Outcome.INVALID, null, null, null, null);
    }
}
