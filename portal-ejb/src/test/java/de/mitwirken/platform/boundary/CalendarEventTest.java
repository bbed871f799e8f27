package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarEventTest {

    private static final Instant START = Instant.parse("2026-12-10T16:00:00Z");

    @Test
    void anEventIsWrittenInUtcWithEscapedText() {
        String ics = new CalendarEvent("meeting-7@mitwirken", START, START.plusSeconds(7200),
                "Sitzung; Beirat, Dezember", "Rathaus\\Saal 2", "TOP 1\nTOP 2", "https://portal.example/board",
                Instant.parse("2026-11-29T08:00:00Z")).toIcs();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20261210T160000Z\r\n"));
        assertTrue(ics.contains("\r\nDTEND:20261210T180000Z\r\n"));
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
}
