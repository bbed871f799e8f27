package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One chosen session as its holder sees it; position is the place in the session's queue when waiting. */
public record ChoiceView(long sessionId, String title, String room, Instant startsAt, Instant endsAt, String status,
                         Long position, Instant offerExpiresAt) implements Serializable {

    public boolean offered() {
        return "OFFERED".equals(status);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
