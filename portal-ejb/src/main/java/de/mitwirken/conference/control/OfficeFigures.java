package de.mitwirken.conference.control;

import de.mitwirken.conference.boundary.OfficeDashboard.DayCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The office's figures that are computed rather than counted by the database. */
public final class OfficeFigures {

    private OfficeFigures() {
    }

    /**
     * Registrations per local day, from the first day with a registration to the last, days without one
     * included (with 0), each with the running total.
     */
    public static List<DayCount> perDay(List<Instant> createdTimes, ZoneId zone) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        for (Instant t : createdTimes) {
            counts.merge(LocalDate.ofInstant(t, zone), 1L, Long::sum);
        }
        List<DayCount> days = new ArrayList<>();
        if (counts.isEmpty()) {
            return days;
        }
        long total = 0;
        for (LocalDate day = counts.firstKey(); !day.isAfter(counts.lastKey()); day = day.plusDays(1)) {
            long count = counts.getOrDefault(day, 0L);
            total += count;
            days.add(new DayCount(day, count, total));
        }
        return days;
    }

    /**
     * Confirmed people who were not checked in, as a share of the confirmed (0 to 1); null before the
     * conference has started (everyone would count as absent) and while nobody is confirmed.
     */
    public static Double noShowRate(boolean started, long confirmed, long checkedIn) {
        if (!started || confirmed <= 0) {
            return null;
        }
        return (double) Math.max(0, confirmed - checkedIn) / confirmed;
    }

    /** Has the conference begun on the given local day? */
    public static boolean started(LocalDate startsOn, LocalDate today) {
        return !today.isBefore(startsOn);
    }
}
