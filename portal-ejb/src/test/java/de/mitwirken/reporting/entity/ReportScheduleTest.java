package de.mitwirken.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    private static final Instant NOW = Instant.parse("2027-01-01T06:00:00Z");
    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    @Test
    void everySixMonthsOverTheHalfYearThatEnded() {
        ReportSchedule schedule = new ReportSchedule(true, 6, 6, JAN, "office", NOW);
        assertFalse(schedule.isDue(JAN.minusDays(1)));
        assertTrue(schedule.isDue(JAN));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), schedule.duePeriod());
        schedule.ran(JAN, 7, NOW);
        assertEquals(LocalDate.of(2027, 7, 1), schedule.nextRun());
        assertEquals(JAN, schedule.lastRun().orElseThrow());
        assertEquals(7L, schedule.lastReportId().orElseThrow());
        assertFalse(schedule.isDue(JAN));
        assertThrows(IllegalStateException.class, () -> schedule.ran(JAN, 8, NOW));
    }

    @Test
    void aPortalThatWasDownGeneratesOneDraftAndAPausedScheduleNone() {
        ReportSchedule schedule = new ReportSchedule(true, 6, 6, JAN, "office", NOW);
        LocalDate muchLater = LocalDate.of(2028, 3, 1);
        schedule.ran(muchLater, 1, NOW);
        assertEquals(LocalDate.of(2028, 7, 1), schedule.nextRun());
        schedule.change(false, 3, 3, JAN, "office", NOW);
        assertFalse(schedule.isDue(muchLater));
    }

    @Test
    void badSettingsAreNamedPerField() {
        assertEquals(Map.of("interval", "reporting.schedule.error.months", "period", "reporting.schedule.error.months",
                "next", "reporting.schedule.error.next"), ReportSchedule.problems(true, 0, 61, null, JAN));
        assertEquals(Map.of("next", "reporting.schedule.error.past"), ReportSchedule.problems(true, 6, 6, JAN.minusDays(1), JAN));
        assertEquals(Map.of(), ReportSchedule.problems(false, 6, 6, JAN.minusDays(1), JAN), "a paused schedule may keep an old day");
        assertEquals(Map.of(), ReportSchedule.problems(true, 6, 6, JAN, JAN));
        assertEquals(Map.of("interval", "reporting.schedule.error.months"), ReportSchedule.problems(true, null, 6, JAN, JAN));
    }
}
