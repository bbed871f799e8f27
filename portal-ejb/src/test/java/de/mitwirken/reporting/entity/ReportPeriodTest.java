package de.mitwirken.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPastPeriodOfAQuarterIsFine() {
        assertEquals(Map.of(), new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)).problems(TODAY));
    }

    @Test
    void aSingleDayEndingTodayIsFine() {
        assertEquals(Map.of(), new ReportPeriod(TODAY, TODAY).problems(TODAY));
    }

    @Test
    void bothDatesAreRequired() {
        assertEquals(Map.of("from", "reporting.error.from", "to", "reporting.error.to"),
                new ReportPeriod(null, null).problems(TODAY));
    }

    @Test
    void theEndComesAfterTheStart() {
        assertEquals(Map.of("to", "reporting.error.order"),
                new ReportPeriod(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)).problems(TODAY));
    }

    @Test
    void theEndIsNotInTheFuture() {
        assertEquals(Map.of("to", "reporting.error.future"), new ReportPeriod(TODAY, TODAY.plusDays(1)).problems(TODAY));
    }

    @Test
    void atMostFiveYears() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        assertEquals(Map.of(), new ReportPeriod(from, from.plusYears(5)).problems(TODAY));
        assertEquals(Map.of("to", "reporting.error.tooLong"),
                new ReportPeriod(from.minusDays(1), from.plusYears(5)).problems(TODAY));
    }

    @Test
    void daysAreCountedInTheCitysTimeZone() {
        ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertTrue(march.contains(Instant.parse("2026-03-31T21:30:00Z")), "23:30 in Germany (summer time) on 31 March");
        assertFalse(march.contains(Instant.parse("2026-03-31T22:00:00Z")), "midnight in Germany: 1 April");
        assertTrue(march.contains(Instant.parse("2026-02-28T23:00:00Z")), "midnight in Germany: 1 March");
    }

    @Test
    void aReportHasTextsAndAVersionFromOne() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(period, 0, new ProgressReport.Text("t", "<p/>"),
                new ProgressReport.Text("t", "<p/>"), "o", now));
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport.Text("t", " "));
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport.Document("<p/>", new byte[0]));
    }
}
