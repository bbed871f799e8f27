package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.SessionAspect;
import de.mitwirken.conference.entity.SessionBefore;
import de.mitwirken.conference.entity.Speaker;
import de.mitwirken.platform.boundary.CalendarEvent;
import de.mitwirken.platform.boundary.CalendarFeed;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.control.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mails of a registration. They answer what the person did or tell them of a place that came free, so
 * they go to the outbox directly, in the transaction of the change (never lost, never sent for a change that
 * rolled back). Every mail carries the personal link.
 */
@ApplicationScoped
public class ConferenceMails {

    static final String BUNDLE = "de.mitwirken.conference.mails";
    static final MailTemplate CHECK_ADDRESS = new MailTemplate(BUNDLE, "conference.checkAddress");
    static final MailTemplate TICKET = new MailTemplate(BUNDLE, "conference.ticket");
    static final MailTemplate WAITLISTED = new MailTemplate(BUNDLE, "conference.waitlisted");
    static final MailTemplate OFFER = new MailTemplate(BUNDLE, "conference.offer");
    static final MailTemplate SESSION_OFFER = new MailTemplate(BUNDLE, "conference.sessionOffer");
    static final MailTemplate CANCELLED = new MailTemplate(BUNDLE, "conference.cancelled");
    static final MailTemplate CERTIFICATE = new MailTemplate(BUNDLE, "conference.certificate");
    static final MailTemplate SESSION_CHANGED = new MailTemplate(BUNDLE, "conference.sessionChanged");
    static final MailTemplate SESSION_CANCELLED = new MailTemplate(BUNDLE, "conference.sessionCancelled");
    static final MailTemplate CONFERENCE_MOVED = new MailTemplate(BUNDLE, "conference.moved");
    static final MailTemplate CONFERENCE_CANCELLED = new MailTemplate(BUNDLE, "conference.calledOff");
    static final MailTemplate REMINDER = new MailTemplate(BUNDLE, "conference.reminder");
    static final MailTemplate ORGANISER_MESSAGE = new MailTemplate(BUNDLE, "conference.organiserMessage");
    static final MailTemplate CANCELLED_BY_ORGANISER = new MailTemplate(BUNDLE, "conference.cancelledForYou");
    static final MailTemplate OFFER_REMINDER = new MailTemplate(BUNDLE, "conference.offerReminder");
    public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    @Inject
    MailOutbox outbox;

    @Inject
    MailRenderer renderer;

    @Inject
    TicketKeys keys;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /** A guest's first mail: their place is held until they confirm the address with the personal link. */
    public void checkAddress(Registration r) {
        send(r, CHECK_ADDRESS, Map.of("until", when(r, r.confirmBy())));
    }

    /** The ticket: sessions, the code, the QR code as a picture and the programme points as a calendar file. */
    public void ticket(Registration r) {
        String code = keys.ticketCode(r);
        MailRequest request = request(r, TICKET, Map.of("code", keys.displayCode(r), "sessions", sessionLines(r)))
                .with(new MailRequest.Attachment("ticket-" + r.id() + ".png", "image/png", QrCodes.png(code, 8)))
                .with(new MailRequest.Attachment("konferenz-" + r.id() + ".ics", "text/calendar; charset=UTF-8",
                        calendar(r)));
        outbox.enqueue(request);
    }

    public void waitlisted(Registration r, long position) {
        send(r, WAITLISTED, Map.of("position", Long.toString(position)));
    }

    public void offered(Registration r) {
        send(r, OFFER, Map.of("until", when(r, r.offerExpiresAt())));
    }

    public void sessionOffered(Choice choice) {
        Registration r = choice.registration();
        send(r, SESSION_OFFER, Map.of("session", choice.session().title(), "start", when(r, choice.session().startsAt()),
                "until", when(r, choice.offerExpiresAt())));
    }

    public void cancelled(Registration r) {
        send(r, CANCELLED, Map.of());
    }

    public void certificate(Registration r, byte[] pdf) {
        outbox.enqueue(request(r, CERTIFICATE, Map.of()).with(new MailRequest.Attachment(
                "teilnahmebescheinigung-" + r.id() + ".pdf", "application/pdf", pdf)));
    }

    /**
     * A session this person chose changed: what changed, the overlap it makes (if any) and the calendar entry
     * again (same UID, next SEQUENCE, METHOD:REQUEST) so that the calendar updates the entry of the ticket; for
     * a person still waiting for a seat the entry is TENTATIVE (it must not look like a seat).
     */
    public void sessionChanged(Choice choice, SessionBefore before, Set<SessionAspect> aspects,
                               List<ConferenceSession> overlaps) {
        Registration r = choice.registration();
        ConferenceSession s = choice.session();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, r.language().locale());
        StringBuilder changes = new StringBuilder();
        for (SessionAspect aspect : aspects) {
            String now = switch (aspect) {
                case TIME -> span(r, s.startsAt(), s.endsAt());
                case ROOM -> s.room();
                case TITLE -> s.title();
                case SPEAKERS -> s.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
            };
            String was = switch (aspect) {
                case TIME -> span(r, before.startsAt(), before.endsAt());
                case ROOM -> before.room();
                case TITLE -> before.title();
                case SPEAKERS -> before.speakers();
            };
            changes.append("- ").append(texts.getString("conference.aspect." + aspect)).append(": ")
                    .append(now.isEmpty() ? "–" : now).append(" (").append(texts.getString("conference.aspect.was"))
                    .append(' ').append(was.isEmpty() ? "–" : was).append(")\n");
        }
        String overlap = overlaps.isEmpty() ? "" : "\n" + texts.getString("conference.sessionChanged.overlap")
                .replace("{sessions}", overlaps.stream().map(o -> "„" + o.title() + "“ (" + span(r, o.startsAt(),
                        o.endsAt()) + ")").collect(Collectors.joining(", "))) + "\n";
        MailRequest request = request(r, SESSION_CHANGED, Map.of("session", s.title(), "previous", before.title(),
                "changes", changes.toString().strip(), "overlap", overlap));
        CalendarEvent entry = event(s, personalLink(r));
        request = request.with(new MailRequest.Attachment("programmpunkt-" + s.id() + ".ics",
                "text/calendar; charset=UTF-8; method=REQUEST", (choice.status().holdsSeat() ? entry
                        : entry.asTentative()).toMessage(CalendarEvent.Method.REQUEST, settings.from(), r.email())));
        outbox.enqueue(request);
    }

    /**
     * A session this person chose was called off: the calendar entry is cancelled (same UID, next SEQUENCE,
     * METHOD:CANCEL) and sessions at the same time with free seats are suggested.
     */
    public void sessionCancelled(Choice choice, List<ConferenceSession> alternatives) {
        Registration r = choice.registration();
        ConferenceSession s = choice.session();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, r.language().locale());
        String others = alternatives.isEmpty() ? texts.getString("conference.sessionCancelled.noAlternative")
                : alternatives.stream().map(a -> "- " + span(r, a.startsAt(), a.endsAt()) + ": " + a.title())
                .collect(Collectors.joining("\n"));
        outbox.enqueue(request(r, SESSION_CANCELLED, Map.of("session", s.title(), "start",
                span(r, s.startsAt(), s.endsAt()), "alternatives", others))
                .with(new MailRequest.Attachment("programmpunkt-" + s.id() + ".ics",
                        "text/calendar; charset=UTF-8; method=CANCEL", event(s, personalLink(r))
                        .toMessage(CalendarEvent.Method.CANCEL, settings.from(), r.email()))));
    }

    /** The personal page's address, for pages and mails. */
    public String personalLink(Registration r) {
        return renderer.base() + "/conference/ticket.xhtml?t=" + keys.personalToken(r);
    }

    /** The confirmed sessions as one calendar, or the conference days when none is chosen. */
    public byte[] calendar(Registration r) {
        List<CalendarEvent> events = r.activeChoices().stream().filter(c -> c.status() == ChoiceStatus.CONFIRMED)
                .filter(c -> !c.session().cancelled())
                .map(c -> event(c.session(), personalLink(r))).collect(Collectors.toList());
        if (events.isEmpty()) {
            events.add(daysEvent(r));
        }
        return CalendarFeed.of(r.conference().title(), events);
    }

    /** The entry of the conference days, for a person without a chosen session (one UID, next SEQUENCE on a move). */
    private CalendarEvent daysEvent(Registration r) {
        Conference c = r.conference();
        Instant start = c.startsOn().atTime(9, 0).atZone(CITY).toInstant();
        Instant end = c.endsOn().atTime(18, 0).atZone(CITY).toInstant();
        CalendarEvent event = new CalendarEvent("conference-" + c.id() + "@mitwirken", start, end, c.title(),
                c.venue(), "", personalLink(r), clock.instant());
        return c.cancelled() ? event.calledOff(c.sequence()) : event.revision(c.sequence());
    }

    /**
     * The edition moved: new dates, the ticket stays valid, the sessions at their new times, and each calendar
     * entry of the person again (one file each: iTIP updates one UID per message).
     */
    public void conferenceMoved(Registration r, LocalDate oldStart) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(r.language().locale());
        MailRequest request = request(r, CONFERENCE_MOVED, Map.of("old", date.format(oldStart),
                "start", date.format(r.conference().startsOn()), "end", date.format(r.conference().endsOn()),
                "venue", r.conference().venue(), "sessions", sessionLines(r)));
        for (MailRequest.Attachment a : entries(r, CalendarEvent.Method.REQUEST)) {
            request = request.with(a);
        }
        outbox.enqueue(request);
    }

    /** The edition was called off: the reason, and a cancellation of each calendar entry the person has. */
    public void conferenceCancelled(Registration r, List<ConferenceSession> heldSessions) {
        MailRequest request = request(r, CONFERENCE_CANCELLED, Map.of("reason", r.conference().cancelReason()));
        List<CalendarEvent> events = new ArrayList<>(heldSessions.stream().map(s -> event(s, personalLink(r))).toList());
        events.add(daysEvent(r));
        for (CalendarEvent e : events) {
            request = request.with(new MailRequest.Attachment(fileName(e), "text/calendar; charset=UTF-8; method=CANCEL",
                    e.toMessage(CalendarEvent.Method.CANCEL, settings.from(), r.email())));
        }
        outbox.enqueue(request);
    }

    /** Reminder N days before: the ticket (code and QR code) and the sessions; the calendar entries again. */
    public void reminder(Registration r) {
        String code = keys.ticketCode(r);
        MailRequest request = request(r, REMINDER, Map.of("code", keys.displayCode(r), "sessions", sessionLines(r),
                "start", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(r.language().locale())
                        .format(r.conference().startsOn()), "venue", r.conference().venue()))
                .with(new MailRequest.Attachment("ticket-" + r.id() + ".png", "image/png", QrCodes.png(code, 8)))
                .with(new MailRequest.Attachment("konferenz-" + r.id() + ".ics", "text/calendar; charset=UTF-8",
                        calendar(r)));
        outbox.enqueue(request);
    }

    /** One message of the organisers, in the person's language where a translation was given. */
    public void organiserMessage(Registration r, String subject, String text) {
        send(r, ORGANISER_MESSAGE, Map.of("subject", subject, "text", text));
    }

    /** The organisers cancelled the registration for the person, with the reason. */
    public void cancelledByOrganiser(Registration r, String reason) {
        send(r, CANCELLED_BY_ORGANISER, Map.of("reason", reason));
    }

    /** A day before a waitlist offer (a conference place or a session seat) runs out. */
    public void offerRunsOut(Registration r, String what, Instant until) {
        send(r, OFFER_REMINDER, Map.of("what", what, "until", when(r, until)));
    }

    /** The calendar entries a person holds (confirmed sessions, else the conference days), as messages. */
    private List<MailRequest.Attachment> entries(Registration r, CalendarEvent.Method method) {
        List<CalendarEvent> events = r.activeChoices().stream().filter(c -> c.status() == ChoiceStatus.CONFIRMED)
                .filter(c -> !c.session().cancelled()).map(c -> event(c.session(), personalLink(r)))
                .collect(Collectors.toList());
        if (events.isEmpty()) {
            events.add(daysEvent(r));
        }
        return events.stream().map(e -> new MailRequest.Attachment(fileName(e), "text/calendar; charset=UTF-8; method="
                + method.name(), e.toMessage(method, settings.from(), r.email()))).toList();
    }

    private static String fileName(CalendarEvent e) {
        return e.uid().substring(0, e.uid().indexOf('@')) + ".ics";
    }

    /**
     * The session's calendar entry in its current version: one UID for life, the SEQUENCE of its last change
     * people were told of, called off once cancelled. Ticket, download and change mails write the same entry.
     */
    public CalendarEvent event(ConferenceSession s, String link) {
        CalendarEvent event = new CalendarEvent("conference-session-" + s.id() + "@mitwirken", s.startsAt(),
                s.endsAt(), s.title(), s.room(), s.summary(), link, clock.instant());
        return s.cancelled() ? event.calledOff(s.sequence()) : event.revision(s.sequence());
    }

    private String sessionLines(Registration r) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, r.language().locale());
        String lines = r.activeChoices().stream().map(c -> "- " + when(r, c.session().startsAt()) + ": "
                + c.session().title() + " (" + texts.getString("conference.choice." + c.status()) + ")")
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? texts.getString("conference.choice.none") : lines;
    }

    private void send(Registration r, MailTemplate template, Map<String, String> extra) {
        outbox.enqueue(request(r, template, extra));
    }

    private MailRequest request(Registration r, MailTemplate template, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.put("name", r.name());
        values.put("conference", r.conference().title());
        values.put("link", personalLink(r));
        return MailRequest.of(r.email(), r.language(), template, values);
    }

    private static String span(Registration r, Instant start, Instant end) {
        return when(r, start) + " – " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(r.language().locale()).withZone(CITY).format(end);
    }

    static String when(Registration r, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(r.language().locale()).withZone(CITY).format(instant);
    }
}
