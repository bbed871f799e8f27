package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A programme point for the public: capacity and free are null when the session has no limit of its own. */
public record SessionView(long id, String title, String summary, String kind, long trackId, String track,
                          String room, Instant startsAt, Instant endsAt, Integer capacity, Integer free,
                          List<SpeakerView> speakers) implements Serializable {

    public boolean full() {
        return free != null && free == 0;
    }
}
