package de.mitwirken.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One event as an iCalendar file (RFC 5545), for invitations sent by mail and calendar downloads. Times are
 * written in UTC; text is escaped and lines are folded at 75 octets, as calendar programs expect.
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, String location, String description,
                            String url, Instant stamp) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** The file: a calendar with this one event, published (not a meeting request the program would answer). */
    public String toIcs() {
        StringBuilder ics = new StringBuilder();
        beginCalendar(ics);
        appendEvent(ics);
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** The calendar's opening lines, shared with {@link CalendarFeed}. */
    static void beginCalendar(StringBuilder ics) {
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Mitwirken//Portal//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
    }

    /** This event's VEVENT lines, shared with {@link CalendarFeed}. */
    void appendEvent(StringBuilder ics) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(end));
        line(ics, "SUMMARY:" + escape(summary));
        if (location != null) {
            line(ics, "LOCATION:" + escape(location));
        }
        if (description != null) {
            line(ics, "DESCRIPTION:" + escape(description));
        }
        if (url != null) {
            line(ics, "URL:" + url);
        }
        line(ics, "END:VEVENT");
    }

    public byte[] toBytes() {
        return toIcs().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (never inside a character). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
