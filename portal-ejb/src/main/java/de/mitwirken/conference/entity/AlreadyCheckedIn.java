package de.mitwirken.conference.entity;

import java.time.Instant;

/** A ticket that was used already: the door sees when (and by whom) it was first checked in. */
public class AlreadyCheckedIn extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final transient Instant firstAt;
    private final String firstBy;

    public AlreadyCheckedIn(Instant firstAt, String firstBy) {
        super("checked in already at " + firstAt);
        this.firstAt = firstAt;
        this.firstBy = firstBy;
    }

    public Instant firstAt() {
        return firstAt;
    }

    public String firstBy() {
        return firstBy;
    }
}
