package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.CalendarEvent;
import de.mitwirken.platform.boundary.CalendarFeed;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.control.MailRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
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
    public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    @Inject
    MailOutbox outbox;

    @Inject
    MailRenderer renderer;

    @Inject
    TicketKeys keys;

    @Inject
    Clock clock;

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

    /** The personal page's address, for pages and mails. */
    public String personalLink(Registration r) {
        return renderer.base() + "/conference/ticket.xhtml?t=" + keys.personalToken(r);
    }

    /** The confirmed sessions as one calendar, or the conference days when none is chosen. */
    public byte[] calendar(Registration r) {
        List<CalendarEvent> events = r.activeChoices().stream().filter(c -> c.status() == ChoiceStatus.CONFIRMED)
                .map(c -> event(c.session(), personalLink(r))).collect(Collectors.toList());
        if (events.isEmpty()) {
            Instant start = r.conference().startsOn().atTime(9, 0).atZone(CITY).toInstant();
            Instant end = r.conference().endsOn().atTime(18, 0).atZone(CITY).toInstant();
            events.add(new CalendarEvent("conference-" + r.conference().id() + "@mitwirken", start, end,
                    r.conference().title(), r.conference().venue(), "", personalLink(r), clock.instant()));
        }
        return CalendarFeed.of(r.conference().title(), events);
    }

    public CalendarEvent event(ConferenceSession s, String link) {
        return new CalendarEvent("conference-session-" + s.id() + "@mitwirken", s.startsAt(), s.endsAt(), s.title(),
                s.room(), s.summary(), link, clock.instant());
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

    static String when(Registration r, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(r.language().locale()).withZone(CITY).format(instant);
    }
}
