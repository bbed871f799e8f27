package de.mitwirken.board.entity;

import java.io.Serializable;

/**
 * Whether enough members are present: at least {@code percent} % of the members invited (the active members
 * when the invitations went out). With 12 members and 50 %, 6 present are enough.
 */
public record Quorum(int members, int present, int percent) implements Serializable {

    public Quorum {
        if (members < 0 || present < 0 || present > members || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("invalid quorum " + present + "/" + members + " at " + percent + " %");
        }
    }

    /** The smallest number present that makes the meeting quorate. */
    public int needed() {
        return (members * percent + 99) / 100;
    }

    public boolean reached() {
        return members > 0 && present >= needed();
    }
}
