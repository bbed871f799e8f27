package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One chosen session as its holder sees it; position is the place in the session's queue when waiting.
 * cancelled: the session was called off (the choice ended with it); changedAt and changes: its last change
 * since it was chosen (null and empty if none); overlaps: other chosen sessions at the same time (after a move).
 */
public record ChoiceView(long sessionId, String title, String room, Instant startsAt, Instant endsAt, String status,
                         Long position, Instant offerExpiresAt, boolean cancelled, Instant changedAt,
                         List<String> changes, List<Overlap> overlaps) implements Serializable {

    public ChoiceView {
        changes = List.copyOf(changes);
        overlaps = List.copyOf(overlaps);
    }

    /** Another chosen session this one overlaps. */
    public record Overlap(long sessionId, String title) implements Serializable {
    }

    public boolean offered() {
        return "OFFERED".equals(status);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    public boolean active() {
        return !"CANCELLED".equals(status) && !"EXPIRED".equals(status);
    }
}
