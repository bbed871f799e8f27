package de.mitwirken.reporting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The report schedule as the office sees it, with the version a change must carry back (0: none set yet). */
public record ScheduleView(boolean active, int intervalMonths, int periodMonths, LocalDate nextRun, LocalDate lastRun,
                           Long lastReportId, Instant changedAt, String changedBy, long lockVersion, boolean exists)
        implements Serializable {

    /** What the form shows before any schedule is set: every six months over the half year, not active. */
    public static ScheduleView none(LocalDate nextRun) {
        return new ScheduleView(false, 6, 6, nextRun, null, null, null, null, -1, false);
    }
}
