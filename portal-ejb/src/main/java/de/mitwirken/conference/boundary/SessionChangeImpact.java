package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a change of a session means for its people, shown to the organiser before saving and answered after:
 * what changes that people are told of (TIME, ROOM, TITLE, SPEAKERS; empty: no mail), how many are told and how
 * many the new time puts in an overlap with another session they hold.
 */
public record SessionChangeImpact(List<String> aspects, int affected, int overlapping) implements Serializable {

    public SessionChangeImpact {
        aspects = List.copyOf(aspects);
    }

    /** Whether anyone hears of it: something they planned around changes and someone is registered. */
    public boolean tellsAnyone() {
        return !aspects.isEmpty() && affected > 0;
    }
}
