package de.mitwirken.needs.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a need, visible publicly with dates:
 * (guest: unconfirmed →) submitted → in review → published → answered; or rejected.
 */
public enum NeedStatus {
    UNCONFIRMED, SUBMITTED, IN_REVIEW, PUBLISHED, ANSWERED, REJECTED;

    /**
     * Statuses the public sees (unless a moderator hid the need). The stored column need.listed
     * (V4__needs_listing.sql) repeats this set in SQL: change both together.
     */
    public static final Set<NeedStatus> PUBLIC = EnumSet.of(PUBLISHED, ANSWERED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /** Waiting for moderation. */
    public boolean isInQueue() {
        return this == SUBMITTED || this == IN_REVIEW;
    }
}
