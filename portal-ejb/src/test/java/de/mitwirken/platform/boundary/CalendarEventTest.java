package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarEventTest {

    private static final Instant START = Instant.parse("2026-12-10T16:00:00Z");

    @Test
    void anEventIsWrittenInTheCitysTimeZoneWithEscapedText() {
        String ics = new CalendarEvent("meeting-7@mitwirken", START, START.plusSeconds(7200),
                "Sitzung; Beirat, Dezember", "Rathaus\\Saal 2", "TOP 1\nTOP 2", "https://portal.example/board",
                Instant.parse("2026-11-29T08:00:00Z")).toIcs();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        // 16:00 UTC in December is 17:00 in Berlin (CET)
        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Berlin:20261210T170000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Berlin:20261210T190000\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
        assertTrue(ics.contains("\r\nSEQUENCE:0\r\n"));
        assertTrue(ics.indexOf("BEGIN:VTIMEZONE") < ics.indexOf("BEGIN:VEVENT"), "the zone is defined before use");
        assertFalse(ics.contains("ORGANIZER"), "a published file is no request");
        assertTrue(ics.contains("\r\nSUMMARY:Sitzung\\; Beirat\\, Dezember\r\n"));
        assertTrue(ics.contains("\r\nLOCATION:Rathaus\\\\Saal 2\r\n"));
        assertTrue(ics.contains("\r\nDESCRIPTION:TOP 1\\nTOP 2\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "Ä".repeat(100);
        String ics = new CalendarEvent("u", START, START.plusSeconds(60), summary, null, null, null, START).toIcs();
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("SUMMARY:" + summary, ics.lines().filter(l -> l.startsWith("SUMMARY") || l.startsWith(" "))
                .map(l -> l.startsWith(" ") ? l.substring(1) : l).reduce("", String::concat));
    }

    @Test
    void summerTimeIsWrittenInLocalTimeToo() {
        Instant july = Instant.parse("2027-07-01T08:00:00Z");
        String ics = new CalendarEvent("u", july, july.plusSeconds(3600), "S", null, null, null, july).toIcs();
        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Berlin:20270701T100000\r\n"), ics);
    }

    @Test
    void theTimeZoneRulesAgreeWithTheJdkForTheComingYears() {
        String ics = new CalendarEvent("u", START, START.plusSeconds(60), "S", null, null, null, START).toIcs();
        String zone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
        Transition summer = transition(zone, "DAYLIGHT");
        Transition winter = transition(zone, "STANDARD");
        ZoneRules rules = CalendarEvent.ZONE.getRules();
        for (int year = Year.now().getValue(); year < Year.now().getValue() + 10; year++) {
            ZoneOffsetTransition jdkSummer = rules.nextTransition(LocalDateTime.of(year, 1, 1, 0, 0)
                    .toInstant(ZoneOffset.UTC));
            ZoneOffsetTransition jdkWinter = rules.nextTransition(jdkSummer.getInstant());
            assertEquals(jdkSummer.getDateTimeBefore(), summer.in(year), "summer time " + year);
            assertEquals(jdkWinter.getDateTimeBefore(), winter.in(year), "winter time " + year);
            assertEquals(summer.to, jdkSummer.getOffsetAfter().getId().replace(":", ""));
            assertEquals(winter.to, jdkWinter.getOffsetAfter().getId().replace(":", ""));
            assertEquals(summer.from, jdkSummer.getOffsetBefore().getId().replace(":", ""));
        }
    }

    @Test
    void aChangeKeepsTheUidAndRaisesTheSequenceAsARequestToTheAttendee() {
        CalendarEvent first = new CalendarEvent("conference-session-4@mitwirken", START, START.plusSeconds(3600),
                "Workshop", "Raum 1", null, null, START);
        String update = new String(first.revision(2).toMessage(CalendarEvent.Method.REQUEST, "portal@stadt.example",
                "ana@example.org"), StandardCharsets.UTF_8);
        assertTrue(update.contains("\r\nMETHOD:REQUEST\r\n"));
        assertTrue(update.contains("\r\nUID:conference-session-4@mitwirken\r\n"));
        assertTrue(update.contains("\r\nSEQUENCE:2\r\n"));
        assertTrue(update.contains("\r\nORGANIZER:mailto:portal@stadt.example\r\n"));
        assertTrue(update.contains("\r\nATTENDEE;ROLE=REQ-PARTICIPANT:mailto:ana@example.org\r\n"));
        assertTrue(update.contains("\r\nSTATUS:CONFIRMED\r\n"));
        String waiting = new String(first.revision(2).asTentative().toMessage(CalendarEvent.Method.REQUEST,
                "portal@stadt.example", "ben@example.org"), StandardCharsets.UTF_8);
        assertTrue(waiting.contains("\r\nSTATUS:TENTATIVE\r\n") && waiting.contains("\r\nSEQUENCE:2\r\n"),
                "someone still waiting gets the entry as tentative: " + waiting);
    }

    @Test
    void aCancellationIsSentWithMethodCancelAndStatusCancelled() {
        CalendarEvent first = new CalendarEvent("board-meeting-3@mitwirken", START, START.plusSeconds(3600), "Sitzung",
                null, null, null, START);
        assertThrows(IllegalStateException.class, () -> first.toMessage(CalendarEvent.Method.CANCEL, "a@b.example",
                "c@d.example"), "an event that still takes place is not cancelled");
        String cancel = new String(first.calledOff(1).toMessage(CalendarEvent.Method.CANCEL, "a@b.example",
                "c@d.example"), StandardCharsets.UTF_8);
        assertTrue(cancel.contains("\r\nMETHOD:CANCEL\r\n"));
        assertTrue(cancel.contains("\r\nUID:board-meeting-3@mitwirken\r\n"));
        assertTrue(cancel.contains("\r\nSEQUENCE:1\r\n"));
        assertTrue(cancel.contains("\r\nSTATUS:CANCELLED\r\n"));
        assertThrows(IllegalArgumentException.class, () -> first.revision(-1));
    }

    /** One observance of the VTIMEZONE: its offsets and its yearly rule (month, last Sunday, local time). */
    private record Transition(String from, String to, int month, int hour) {

        LocalDateTime in(int year) {
            return YearMonth.of(year, month).atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                    .atTime(hour, 0);
        }
    }

    private static Transition transition(String zone, String kind) {
        String part = zone.substring(zone.indexOf("BEGIN:" + kind), zone.indexOf("END:" + kind));
        Matcher rule = Pattern.compile("RRULE:FREQ=YEARLY;BYMONTH=(\\d+);BYDAY=-1SU").matcher(part);
        Matcher start = Pattern.compile("DTSTART:\\d{8}T(\\d{2})0000").matcher(part);
        assertTrue(rule.find() && start.find(), part);
        return new Transition(value(part, "TZOFFSETFROM"), value(part, "TZOFFSETTO"), Integer.parseInt(rule.group(1)),
                Integer.parseInt(start.group(1)));
    }

    private static String value(String part, String name) {
        Matcher m = Pattern.compile(name + ":([+-]\\d{4})").matcher(part);
        assertTrue(m.find(), name);
        return m.group(1);
    }
}
