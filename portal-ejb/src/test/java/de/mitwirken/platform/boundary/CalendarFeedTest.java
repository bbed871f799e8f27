package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Instant START = Instant.parse("2026-12-10T09:00:00Z");

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    @Test
    void twoEventsMakeOneNamedCalendarWithTwoFoldedEvents() {
        CalendarEvent keynote = new CalendarEvent("session-1@mitwirken", START, START.plusSeconds(3600),
                "Keynote: " + "Ä".repeat(60), "Großer Saal", null, null, START);
        CalendarEvent workshop = new CalendarEvent("session-2@mitwirken", START.plusSeconds(7200),
                START.plusSeconds(10800), "Workshop; offene Daten", null, null, null, START);
        String ics = new String(CalendarFeed.of("Smart City Konferenz, 2026", List.of(keynote, workshop)),
                StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assertEquals(1, count(ics, "BEGIN:VCALENDAR"));
        assertEquals(2, count(ics, "BEGIN:VEVENT"));
        assertTrue(ics.contains("\r\nX-WR-CALNAME:Smart City Konferenz\\, 2026\r\n"));
        assertTrue(ics.contains("\r\nSUMMARY:Workshop\\; offene Daten\r\n"));
        assertEquals(count(ics, "\n"), count(ics, "\r\n"), "CRLF only");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String single = keynote.toIcs();
        String event = single.substring(single.indexOf("BEGIN:VEVENT"), single.indexOf("END:VCALENDAR"));
        assertTrue(ics.contains(event), "each event as CalendarEvent writes it");
        assertTrue(event.contains("\r\n "), "the long summary is folded");
    }
}
