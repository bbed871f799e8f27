package de.mitwirken.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Many events in one iCalendar file (RFC 5545), e.g. a conference programme to subscribe to or download. Each
 * event is written exactly as {@link CalendarEvent} writes it on its own; X-WR-CALNAME names the calendar in the
 * programs that show subscriptions by name (Apple, Google, Outlook).
 */
public final class CalendarFeed {

    private CalendarFeed() {
    }

    public static byte[] of(String calendarName, List<CalendarEvent> events) {
        Objects.requireNonNull(calendarName, "calendarName");
        StringBuilder ics = new StringBuilder();
        CalendarEvent.beginCalendar(ics, CalendarEvent.Method.PUBLISH);
        CalendarEvent.line(ics, "X-WR-CALNAME:" + CalendarEvent.escape(calendarName));
        CalendarEvent.appendTimeZone(ics);
        for (CalendarEvent event : events) {
            event.appendEvent(ics, null, null);
        }
        CalendarEvent.line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }
}
