package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A programme point for the public: capacity and free are null when the session has no limit of its own. A
 * called-off session stays in the programme, marked cancelled (free 0); changedAt is its last change that people
 * were told of (null if none).
 */
public record SessionView(long id, String title, String summary, String kind, long trackId, String track,
                          String room, Instant startsAt, Instant endsAt, Integer capacity, Integer free,
                          List<SpeakerView> speakers, boolean cancelled, Instant changedAt,
                          boolean removable) implements Serializable {

    /** The same session, marked as one nobody ever chose (the organisers may delete it). */
    public SessionView asRemovable() {
        return new SessionView(id, title, summary, kind, trackId, track, room, startsAt, endsAt, capacity, free,
                speakers, cancelled, changedAt, true);
    }

    public boolean full() {
        return free != null && free == 0;
    }
}
