package de.mitwirken.backlog.entity;

/**
 * The lifecycle of a backlog item: PROPOSED → ASSESSED → PRIORITISED → IN_PROGRESS → DONE, one step at a
 * time, or DROPPED (with a reason) from any state that is not final. The order of the constants is the
 * order of the lifecycle; {@link #atLeast} relies on it.
 */
public enum ItemStatus {
    PROPOSED, ASSESSED, PRIORITISED, IN_PROGRESS, DONE, DROPPED;

    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }

    /** Only the next step forward; dropping has its own path because it needs a reason. */
    public boolean mayMoveTo(ItemStatus next) {
        return !isFinal() && next != DROPPED && next.ordinal() == ordinal() + 1;
    }

    /** The one step forward from here; empty for a final state. */
    public java.util.Optional<ItemStatus> next() {
        return isFinal() ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    /** Whether this state has reached the given one on the way to DONE (DROPPED reaches nothing). */
    public boolean atLeast(ItemStatus threshold) {
        return this != DROPPED && ordinal() >= threshold.ordinal();
    }
}
