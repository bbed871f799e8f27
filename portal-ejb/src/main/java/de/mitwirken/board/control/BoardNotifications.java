package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardApplication;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.platform.boundary.CalendarEvent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.control.MailSettings;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import de.mitwirken.platform.entity.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.function.Function;
import java.util.Map;

/**
 * Tells applicants what happened to their application. These mails are not optional news but the answer
 * to something the person did, so they go to the outbox directly (not through the digest choice), in the
 * transaction of the decision.
 */
@ApplicationScoped
public class BoardNotifications {

    static final String BUNDLE = "de.mitwirken.board.mails";
    static final MailTemplate RECEIVED = new MailTemplate(BUNDLE, "board.received");
    static final MailTemplate SHORTLISTED = new MailTemplate(BUNDLE, "board.shortlisted");
    static final MailTemplate ADMITTED = new MailTemplate(BUNDLE, "board.admitted");
    static final MailTemplate REJECTED = new MailTemplate(BUNDLE, "board.rejected");
    static final MailTemplate INVITED = new MailTemplate(BUNDLE, "board.invited");
    static final MailTemplate MOVED = new MailTemplate(BUNDLE, "board.meetingMoved");
    static final MailTemplate CANCELLED = new MailTemplate(BUNDLE, "board.meetingCancelled");
    static final MailTemplate ANSWER_REMINDER = new MailTemplate(BUNDLE, "board.answerReminder");
    static final MailTemplate AGENDA = new MailTemplate(BUNDLE, "board.agendaTomorrow");
    static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    MailRenderer renderer;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    public void received(BoardApplication application) {
        tell(application, RECEIVED, Map.of());
    }

    public void shortlisted(BoardApplication application) {
        tell(application, SHORTLISTED, Map.of());
    }

    public void admitted(BoardApplication application, LocalDate termStart, LocalDate termEnd) {
        tell(application, ADMITTED, language -> {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
            return Map.of("termStart", format.format(termStart), "termEnd", format.format(termEnd));
        });
    }

    public void rejected(BoardApplication application) {
        tell(application, REJECTED, Map.of("reason", application.reason()));
    }

    /** The invitation to a meeting, with the meeting as a calendar file. */
    public void invited(Meeting meeting, long profileId) {
        toMember(meeting, profileId, INVITED, Map.of(), CalendarEvent.Method.PUBLISH);
    }

    /**
     * The meeting moved: what it is now, the reason, and whether the answer must be given again (a new day);
     * the calendar entry again with the same UID and the next SEQUENCE (METHOD:REQUEST).
     */
    public void meetingMoved(Meeting meeting, long profileId, boolean answerAgain) {
        toMember(meeting, profileId, MOVED, Map.of("reason", meeting.changeReason(), "answer",
                answerAgain ? "board.moved.answerAgain" : "board.moved.answerKept"), CalendarEvent.Method.REQUEST);
    }

    /** The meeting was called off: the reason, and the calendar entry cancelled (METHOD:CANCEL). */
    public void meetingCancelled(Meeting meeting, long profileId) {
        toMember(meeting, profileId, CANCELLED, Map.of("reason", meeting.changeReason()), CalendarEvent.Method.CANCEL);
    }

    /** A member who has not answered yet is asked again, days before the meeting. */
    public void answerReminder(Meeting meeting, long profileId) {
        toMember(meeting, profileId, ANSWER_REMINDER, Map.of(), null);
    }

    /** The day before: the agenda and the documents of each point (by name and link), for those who will come. */
    public void agendaForTomorrow(Meeting meeting, long profileId) {
        String documents = meeting.agenda().stream().flatMap(a -> a.documents().stream()
                        .map(d -> "- " + a.position() + ". " + d.filename() + ": " + renderer.base()
                                + "/board/document?id=" + d.id()))
                .collect(Collectors.joining("\n"));
        toMember(meeting, profileId, AGENDA, Map.of("documents", documents.isEmpty()
                ? "board.agendaTomorrow.noDocuments" : documents), null);
    }

    /**
     * One mail to a member about a meeting (nothing to a deleted profile). Values in {@code extra} that are keys of
     * the mail bundle ("board.moved.…", "board.agendaTomorrow.…") become that text in the member's language.
     */
    private void toMember(Meeting meeting, long profileId, MailTemplate template, Map<String, String> extra,
                          CalendarEvent.Method method) {
        UserProfile member = em.find(UserProfile.class, profileId);
        if (member == null || member.isDeleted() || member.email() == null) {
            return;
        }
        String link = renderer.base() + "/board/members/meetings.xhtml";
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(member.language().locale()).withZone(CITY);
        String where = meeting.place() == null ? meeting.onlineLink()
                : meeting.onlineLink() == null ? meeting.place() : meeting.place() + " / " + meeting.onlineLink();
        String agenda = meeting.agenda().stream().map(a -> a.position() + ". " + a.title())
                .collect(Collectors.joining("\n"));
        Map<String, String> values = new HashMap<>(Map.of("name", member.displayName(), "title", meeting.title(),
                "start", format.format(meeting.startsAt()), "place", where, "agenda", agenda, "link", link));
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(BUNDLE, member.language().locale());
        extra.forEach((k, v) -> values.put(k, v.startsWith("board.moved.") || v.startsWith("board.agendaTomorrow.")
                ? texts.getString(v) : v));
        MailRequest request = MailRequest.of(member.email(), member.language(), template, values);
        if (method != null) {
            CalendarEvent event = new CalendarEvent("board-meeting-" + meeting.id() + "@mitwirken", meeting.startsAt(),
                    meeting.endsAt(), meeting.title(), where, agenda, link, clock.instant());
            event = meeting.cancelled() ? event.calledOff(meeting.sequence()) : event.revision(meeting.sequence());
            byte[] ics = method == CalendarEvent.Method.PUBLISH ? event.toBytes()
                    : event.toMessage(method, settings.from(), member.email());
            request = request.with(new MailRequest.Attachment("sitzung-" + meeting.id() + ".ics",
                    "text/calendar; charset=UTF-8" + (method == CalendarEvent.Method.PUBLISH ? ""
                            : "; method=" + method.name()), ics));
        }
        outbox.enqueue(request);
    }

    private void tell(BoardApplication application, MailTemplate template, Map<String, String> extra) {
        tell(application, template, language -> extra);
    }

    private void tell(BoardApplication application, MailTemplate template,
                      Function<Language, Map<String, String>> extra) {
        UserProfile applicant = em.find(UserProfile.class, application.applicantId());
        if (applicant == null || applicant.isDeleted() || applicant.email() == null) {
            return;
        }
        Map<String, String> values = new HashMap<>(extra.apply(applicant.language()));
        values.put("name", applicant.displayName());
        values.put("call", application.call().title());
        values.put("link", renderer.base() + "/board/mine.xhtml");
        outbox.enqueue(MailRequest.of(applicant.email(), applicant.language(), template, values));
    }
}
