package de.mitwirken.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One event as an iCalendar file (RFC 5545), for invitations sent by mail and calendar downloads. Times are
 * written in the city's time zone (Europe/Berlin, with its VTIMEZONE, so that a calendar program abroad still
 * shows the right hour); text is escaped and lines are folded at 75 octets, as calendar programs expect.
 * <p>
 * An event keeps its UID for life; each change that people are told of raises the SEQUENCE, so that a calendar
 * program replaces the entry it has instead of adding a second (RFC 5546: METHOD REQUEST updates, CANCEL removes).
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, String location, String description,
                            String url, Instant stamp, int sequence, boolean cancelled, boolean tentative) {

    /** The city's zone: every entry is written in it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZONE);

    /** How a calendar file is meant (RFC 5546): published, a request that updates, or a cancellation. */
    public enum Method {
        PUBLISH, REQUEST, CANCEL
    }

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stamp, "stamp");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
    }

    /** A first version of an event (SEQUENCE 0). */
    public CalendarEvent(String uid, Instant start, Instant end, String summary, String location, String description,
                         String url, Instant stamp) {
        this(uid, start, end, summary, location, description, url, stamp, 0, false, false);
    }

    /** The same entry in the given version (the UID stays). */
    public CalendarEvent revision(int newSequence) {
        return new CalendarEvent(uid, start, end, summary, location, description, url, stamp, newSequence, cancelled,
                tentative);
    }

    /** The same entry, called off (STATUS:CANCELLED), in the given version. */
    public CalendarEvent calledOff(int newSequence) {
        return new CalendarEvent(uid, start, end, summary, location, description, url, stamp, newSequence, true, false);
    }

    /** The same entry as not yet sure (STATUS:TENTATIVE): e.g. for someone still waiting for a seat. */
    public CalendarEvent asTentative() {
        return new CalendarEvent(uid, start, end, summary, location, description, url, stamp, sequence, cancelled, true);
    }

    /** The file: a calendar with this one event, published (not a meeting request the program would answer). */
    public String toIcs() {
        StringBuilder ics = new StringBuilder();
        beginCalendar(ics, Method.PUBLISH);
        appendTimeZone(ics);
        appendEvent(ics, null, null);
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A file that updates (REQUEST) or removes (CANCEL) the entry a person already has: with ORGANIZER and
     * ATTENDEE, as RFC 5546 asks of both methods, so that mail programs apply it to the existing entry.
     */
    public byte[] toMessage(Method method, String organizerMail, String attendeeMail) {
        Objects.requireNonNull(organizerMail, "organizerMail");
        Objects.requireNonNull(attendeeMail, "attendeeMail");
        if (method == Method.PUBLISH) {
            throw new IllegalArgumentException("a message updates or cancels; use toIcs to publish");
        }
        if (method == Method.CANCEL && !cancelled) {
            throw new IllegalStateException("only a called-off event is sent with METHOD:CANCEL");
        }
        StringBuilder ics = new StringBuilder();
        beginCalendar(ics, method);
        appendTimeZone(ics);
        appendEvent(ics, organizerMail, attendeeMail);
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The calendar's opening lines and the city's time zone, shared with {@link CalendarFeed}. */
    static void beginCalendar(StringBuilder ics, Method method) {
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Mitwirken//Portal//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method.name());
    }

    /**
     * Europe/Berlin since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October
     * 03:00 (EU rule); CalendarEventTest checks it against the JDK's zone rules.
     */
    static void appendTimeZone(StringBuilder ics) {
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + ZONE.getId());
        line(ics, "BEGIN:DAYLIGHT");
        line(ics, "TZOFFSETFROM:+0100");
        line(ics, "TZOFFSETTO:+0200");
        line(ics, "TZNAME:CEST");
        line(ics, "DTSTART:19700329T020000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(ics, "END:DAYLIGHT");
        line(ics, "BEGIN:STANDARD");
        line(ics, "TZOFFSETFROM:+0200");
        line(ics, "TZOFFSETTO:+0100");
        line(ics, "TZNAME:CET");
        line(ics, "DTSTART:19701025T030000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
    }

    /** This event's VEVENT lines, shared with {@link CalendarFeed}; the time zone is written once before. */
    void appendEvent(StringBuilder ics, String organizerMail, String attendeeMail) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=" + ZONE.getId() + ":" + LOCAL.format(start));
        line(ics, "DTEND;TZID=" + ZONE.getId() + ":" + LOCAL.format(end));
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
        if (organizerMail != null) {
            line(ics, "ORGANIZER:mailto:" + organizerMail);
            line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + attendeeMail);
        }
        line(ics, "STATUS:" + (cancelled ? "CANCELLED" : tentative ? "TENTATIVE" : "CONFIRMED"));
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
