package de.mitwirken.platform.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * A kind of data that is deleted after a period. Capabilities provide their rules as CDI beans; the
 * retention job runs each in a transaction of its own and records the count it returns.
 */
public interface RetentionRule {

    /** A stable name for the record, e.g. "needs.unconfirmed-guest-submissions". */
    String name();

    /** How long the data is kept (from configuration). */
    Duration keep();

    /** Deletes what is older than the cut-off, in the caller's transaction; returns how many records went. */
    int deleteOlderThan(Instant cutoff);
}
