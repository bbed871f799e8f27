package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.entity.MeetingDraft;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Moving or calling off a planned or invited meeting (issue #24). After the invitations the members are told
 * (with the reason): the office is asked first, with how many will be told and whether their answers are reset.
 */
@Named
@ViewScoped
public class MeetingChangeBean implements Serializable {

    private static final String FORM = "change:";

    @Inject
    BoardMeetings meetings;

    private MeetingView meeting;
    private String title;
    private String date;
    private String startTime;
    private String endTime;
    private String place;
    private String onlineLink;
    private Integer quorumPercent;
    private String reason;
    private String asked; // "move" or "cancel" while the office is asked to confirm

    @PostConstruct
    void init() {
        meeting = Pages.byIdOr404("id", meetings::meeting);
        if (meeting != null) {
            title = meeting.title();
            date = meeting.startsAt().atZone(MeetingsOfficeBean.CITY).toLocalDate().toString();
            startTime = meeting.startsAt().atZone(MeetingsOfficeBean.CITY).toLocalTime().toString();
            endTime = meeting.endsAt().atZone(MeetingsOfficeBean.CITY).toLocalTime().toString();
            place = meeting.place();
            onlineLink = meeting.onlineLink();
            quorumPercent = meeting.quorumPercent();
        }
    }

    /** Whether the meeting may still move or be called off (planned or invited). */
    public boolean isChangeable() {
        return meeting != null && (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.INVITED);
    }

    /** Whether members are told (the invitations went out). */
    public boolean isTelling() {
        return meeting != null && meeting.status() == MeetingStatus.INVITED;
    }

    /** Whether the typed day differs from the meeting's (answers are then reset). */
    public boolean isNewDay() {
        Instant start = startsAt();
        return start != null && !start.atZone(MeetingsOfficeBean.CITY).toLocalDate()
                .equals(meeting.startsAt().atZone(MeetingsOfficeBean.CITY).toLocalDate());
    }

    public String askMove() {
        if (isTelling() && blankReason()) {
            return null;
        }
        asked = "move";
        return isTelling() ? null : move();
    }

    public String askCancel() {
        if (blankReason()) {
            return null;
        }
        asked = "cancel";
        return null;
    }

    public String back() {
        asked = null;
        return null;
    }

    public String move() {
        asked = null;
        Instant start = startsAt();
        Instant end = start == null ? null : at(endTime);
        return done(() -> Pages.info("board.meeting.moved", meetings.rescheduleMeeting(meeting.id(),
                new MeetingDraft(title, start, end, place, onlineLink, quorumPercent), reason)));
    }

    public String cancel() {
        asked = null;
        return done(() -> Pages.info("board.meeting.cancelled", meetings.cancelMeeting(meeting.id(), reason)));
    }

    /** After a change the page shows the meeting anew: a fresh view, the message kept. */
    private String done(Runnable step) {
        try {
            step.run();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/board/manage/meeting.xhtml?faces-redirect=true&id=" + meeting.id();
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + ("startsAt".equals(field) ? "date"
                    : "endsAt".equals(field) ? "endTime" : field), key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    private boolean blankReason() {
        if (reason == null || reason.strip().length() < 3) {
            Pages.error(FORM + "reason", "board.error.meeting.reason");
            return true;
        }
        return false;
    }

    private Instant startsAt() {
        return at(startTime);
    }

    private Instant at(String time) {
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(MeetingsOfficeBean.CITY)
                    .toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    public int getInvited() {
        return meeting == null ? 0 : meeting.invitations().size();
    }

    public String getAsked() { return asked; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String v) { onlineLink = v; }
    public Integer getQuorumPercent() { return quorumPercent; }
    public void setQuorumPercent(Integer v) { quorumPercent = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
