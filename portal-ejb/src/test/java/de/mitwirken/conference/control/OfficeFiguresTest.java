package de.mitwirken.conference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.OfficeDashboard.DayCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeFiguresTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void registrationsCountOnTheirDayInBerlinWithEmptyDaysAndARunningTotal() {
        List<DayCount> days = OfficeFigures.perDay(List.of(
                Instant.parse("2026-11-01T09:00:00Z"),
                Instant.parse("2026-11-01T22:59:59Z"),  // 23:59:59 in Berlin: still the 1st
                Instant.parse("2026-11-01T23:00:00Z"),  // midnight in Berlin: the 2nd
                Instant.parse("2026-11-04T10:00:00Z")), BERLIN);
        assertEquals(List.of(
                new DayCount(LocalDate.of(2026, 11, 1), 2, 2),
                new DayCount(LocalDate.of(2026, 11, 2), 1, 3),
                new DayCount(LocalDate.of(2026, 11, 3), 0, 3),
                new DayCount(LocalDate.of(2026, 11, 4), 1, 4)), days);
    }

    @Test
    void theOrderOfTheTimesDoesNotMatterAndSummerTimeIsHonoured() {
        List<DayCount> days = OfficeFigures.perDay(List.of(
                Instant.parse("2026-07-02T08:00:00Z"),
                Instant.parse("2026-07-01T22:30:00Z")), BERLIN); // 00:30 on the 2nd in summer time (UTC+2)
        assertEquals(List.of(new DayCount(LocalDate.of(2026, 7, 2), 2, 2)), days);
    }

    @Test
    void noRegistrationsNoDays() {
        assertTrue(OfficeFigures.perDay(List.of(), BERLIN).isEmpty());
    }

    @Test
    void theNoShowRateIsTheShareOfConfirmedPeopleNotCheckedIn() {
        assertEquals(0.25, OfficeFigures.noShowRate(true, 52, 39), 1e-9);
        assertEquals(0.0, OfficeFigures.noShowRate(true, 10, 10), 1e-9);
        assertEquals(1.0, OfficeFigures.noShowRate(true, 10, 0), 1e-9);
    }

    @Test
    void thereIsNoNoShowRateBeforeTheStartOrWithoutConfirmedPeople() {
        assertNull(OfficeFigures.noShowRate(false, 52, 0));
        assertNull(OfficeFigures.noShowRate(true, 0, 0));
    }

    @Test
    void theConferenceHasStartedFromItsFirstDayOn() {
        LocalDate start = LocalDate.of(2027, 1, 14);
        assertFalse(OfficeFigures.started(start, start.minusDays(1)));
        assertTrue(OfficeFigures.started(start, start));
        assertTrue(OfficeFigures.started(start, start.plusDays(3)));
    }
}
