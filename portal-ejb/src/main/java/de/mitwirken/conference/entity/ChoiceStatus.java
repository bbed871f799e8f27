package de.mitwirken.conference.entity;

/**
 * Where a chosen session stands. CONFIRMED and OFFERED hold a seat of the session; WAITLISTED waits in the
 * session's queue; WISHED belongs to a registration that is itself still waiting for a conference place and
 * joins the session (or its queue) when that place comes. NO_SHOW: the seat of someone not in the room some
 * minutes after the start, released at the door to the session's walk-up queue.
 */
public enum ChoiceStatus {
    CONFIRMED, OFFERED, WAITLISTED, WISHED, CANCELLED, EXPIRED, NO_SHOW;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    public boolean isActive() {
        return this != CANCELLED && this != EXPIRED && this != NO_SHOW;
    }
}
