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
    void aReportIsReleasedOnceAndKeepsItsContentAndHash() {
        byte[] pdf = {'%', 'P', 'D', 'F'};
        ProgressReport report = new ProgressReport(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)), 2,
                Language.DE, "Bericht", "<article>x</article>", pdf, "office", Instant.parse("2026-10-01T08:00:00Z"));
        pdf[0] = 'X';
        assertEquals('%', report.pdf()[0], "the stored bytes are a copy");
        report.pdf()[1] = 'X';
        assertEquals('P', report.pdf()[1], "reading hands out a copy");
        assertEquals(ProgressReport.sha256(new byte[] {'%', 'P', 'D', 'F'}), report.pdfSha256());
        assertEquals("umsetzungsbericht-2026-09-01-bis-2026-09-30-v2.pdf", report.fileName());
        report.release("office", Instant.parse("2026-10-02T08:00:00Z"));
        assertTrue(report.isReleased());
        assertThrows(IllegalStateException.class, () -> report.release("other", Instant.parse("2026-10-03T08:00:00Z")));
        assertEquals("office", report.releasedBy());
    }

    @Test
    void aReportHasContentAndAVersionFromOne() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(period, 0, Language.DE, "t", "<p/>",
                new byte[] {1}, "o", now));
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(period, 1, Language.DE, "t", "<p/>",
                new byte[0], "o", now));
    }
}
