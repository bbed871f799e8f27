package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.entity.MeetingDraft;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** All meetings of the board for the office and the chair, and the form to plan one. */
@Named
@ViewScoped
public class MeetingsOfficeBean implements Serializable {

    static final ZoneId CITY = ZoneId.of("Europe/Berlin");
    private static final String FORM = "meeting:";

    @Inject
    BoardMeetings meetings;

    private List<MeetingView> all;
    private String title;
    private String date;
    private String startTime;
    private String endTime;
    private String place;
    private String onlineLink;
    private Integer quorumPercent = 50;

    @PostConstruct
    void load() {
        all = meetings.meetings();
    }

    /** Day and times are the city's local time; what does not parse counts as missing, named by the boundary. */
    public void plan() {
        LocalDate day = parse(() -> LocalDate.parse(date.strip()));
        LocalTime from = parse(() -> LocalTime.parse(startTime.strip()));
        LocalTime to = parse(() -> LocalTime.parse(endTime.strip()));
        Instant startsAt = day == null || from == null ? null : day.atTime(from).atZone(CITY).toInstant();
        Instant endsAt = day == null || to == null ? null : day.atTime(to).atZone(CITY).toInstant();
        try {
            long id = meetings.planMeeting(new MeetingDraft(title, startsAt, endsAt, place, onlineLink, quorumPercent));
            Pages.infoAfterRedirect("board.meetings.planned");
            Pages.redirect("/board/manage/meeting.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + ("startsAt".equals(field) ? "date"
                    : "endsAt".equals(field) ? "endTime" : field), key));
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    public List<MeetingView> getAll() {
        return all;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(Integer quorumPercent) {
        this.quorumPercent = quorumPercent;
    }
}
