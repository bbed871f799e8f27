package de.mitwirken.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The slot a scheduled job's run belongs to, the same on every node so that the nodes can agree who runs it
 * ({@link de.mitwirken.platform.boundary.JobClaims}): for an interval job the start of the interval the time falls
 * in (intervals counted from the epoch), for a daily job the day's calendar time nearest to it.
 */
public final class JobSlots {

    private JobSlots() {
    }

    /** The start of the interval that holds {@code now}: floor(now / interval) × interval. */
    public static Instant intervalSlot(Instant now, Duration interval) {
        long every = requirePositive(interval).toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), every) * every);
    }

    /**
     * The first tick of an interval timer: the middle of the next slot. Every node's ticks then fall mid-slot, so a
     * tick that is late or early by less than half an interval still names the slot it was meant for, and the nodes
     * ask for each slot at about the same time (the claim, not the node that happens to tick first, decides).
     */
    public static Instant firstTick(Instant now, Duration interval) {
        long every = requirePositive(interval).toMillis();
        Instant mid = intervalSlot(now, interval).plusMillis(every / 2);
        return mid.isAfter(now) ? mid : mid.plusMillis(every);
    }

    /**
     * The run of a daily job at {@code hour}:00 in the zone that lies nearest to {@code now}: a timer that fires a
     * little late (or early) still names its day. On the day the clocks skip that hour, the hour after it.
     */
    public static Instant dailySlot(Instant now, int hour, ZoneId zone) {
        ZonedDateTime at = now.atZone(zone);
        Instant today = at.toLocalDate().atTime(hour, 0).atZone(zone).toInstant();
        Instant yesterday = at.toLocalDate().minusDays(1).atTime(hour, 0).atZone(zone).toInstant();
        Instant tomorrow = at.toLocalDate().plusDays(1).atTime(hour, 0).atZone(zone).toInstant();
        Instant nearest = yesterday;
        for (Instant candidate : new Instant[] {today, tomorrow}) {
            if (distance(candidate, now) < distance(nearest, now)) {
                nearest = candidate;
            }
        }
        return nearest;
    }

    private static long distance(Instant a, Instant b) {
        return Math.abs(Duration.between(a, b).toMillis());
    }

    private static Duration requirePositive(Duration interval) {
        if (interval.isZero() || interval.isNegative() || interval.toMillis() == 0) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return interval;
    }
}
