package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.entity.AgendaDraft;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import de.mitwirken.platform.entity.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One meeting for the office and the chair: its agenda, the invitations and answers, attendance with the
 * quorum, minutes per agenda point, and approving the minutes in a later meeting.
 */
@Named
@ViewScoped
public class MeetingOfficeBean implements Serializable {

    @Inject
    BoardMeetings meetings;

    private MeetingView meeting;
    private List<MeetingView> laterHeld = List.of();

    private String agendaTitle;
    private String presenter;
    private Integer duration = 30;
    private String backlogItemId;
    private String needId;
    private String recommendationId;

    private List<String> present = new ArrayList<>();

    private Long minutesItem;
    private Long voteItem;
    private String votesYes;
    private String votesNo;
    private String votesAbstain;
    private String minutes;
    private boolean minutesPublic = true;

    private Long approvingMeeting;

    private Long documentItem;
    private transient Part documentFile;
    private boolean documentPublic = true;

    @PostConstruct
    void init() {
        meeting = Pages.byIdOr404("id", meetings::meeting);
        if (meeting != null) {
            reload();
        }
    }

    public void addAgendaItem() {
        Long item = UrlParams.id(backlogItemId);
        Long need = UrlParams.id(needId);
        boolean unreadable = false;
        if (item == null && backlogItemId != null && !backlogItemId.isBlank()) {
            Pages.error("agenda:backlogItemId", "board.error.agenda.backlogItem");
            unreadable = true;
        }
        if (need == null && needId != null && !needId.isBlank()) {
            Pages.error("agenda:needId", "board.error.agenda.need");
            unreadable = true;
        }
        Long recommendation = UrlParams.id(recommendationId);
        if (recommendation == null && recommendationId != null && !recommendationId.isBlank()) {
            Pages.error("agenda:recommendationId", "board.error.agenda.recommendation");
            unreadable = true;
        }
        if (unreadable) {
            return;
        }
        try {
            meetings.addAgendaItem(meeting.id(), new AgendaDraft(agendaTitle, presenter, duration, item, need,
                    recommendation));
            Pages.info("board.meeting.agendaAdded");
            agendaTitle = null;
            presenter = null;
            backlogItemId = null;
            needId = null;
            recommendationId = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("agenda:" + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void invite() {
        try {
            int invited = meetings.invite(meeting.id());
            Pages.info("board.meeting.invitedCount", invited);
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void markHeld() {
        try {
            meetings.markHeld(meeting.id());
            Pages.info("board.meeting.markedHeld");
        } catch (InvalidInput e) {
            Pages.error(null, "board.error.held");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void recordAttendance() {
        try {
            meetings.recordAttendance(meeting.id(), present.stream().map(Long::valueOf).toList());
            Pages.info("board.meeting.attendanceSaved");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** Records the counts of a vote on an agenda point; the members recused for it do not count. */
    public void recordAgendaVote() {
        if (voteItem == null) {
            Pages.error("agendaVote:item", "board.error.minutes.item");
            return;
        }
        Integer yes = count(votesYes, "yes");
        Integer no = count(votesNo, "no");
        Integer abstain = count(votesAbstain, "abstain");
        if (yes == null || no == null || abstain == null) {
            return;
        }
        try {
            meetings.recordAgendaVote(meeting.id(), voteItem, yes, no, abstain);
            Pages.info("board.meeting.agendaVote.saved");
            voteItem = null;
            votesYes = null;
            votesNo = null;
            votesAbstain = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("agendaVote:" + ("votes".equals(field) ? "yes" : "item"), key,
                    e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    private static Integer count(String typed, String field) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        Pages.error("agendaVote:" + field, "board.error.vote.count");
        return null;
    }

    public Long getVoteItem() { return voteItem; }
    public void setVoteItem(Long v) { voteItem = v; }
    public String getVotesYes() { return votesYes; }
    public void setVotesYes(String v) { votesYes = v; }
    public String getVotesNo() { return votesNo; }
    public void setVotesNo(String v) { votesNo = v; }
    public String getVotesAbstain() { return votesAbstain; }
    public void setVotesAbstain(String v) { votesAbstain = v; }

    public void writeMinutes() {
        if (minutesItem == null) {
            Pages.error("minutes:item", "board.error.minutes.item");
            return;
        }
        try {
            meetings.writeMinutes(meeting.id(), minutesItem, minutes, minutesPublic);
            Pages.info("board.meeting.minutesSaved");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("minutes:" + ("agendaItem".equals(field) ? "item" : "text"), key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void approveMinutes() {
        if (approvingMeeting == null) {
            Pages.error("approve:approvingMeeting", "board.error.approve.approvingMeeting");
            return;
        }
        try {
            meetings.approveMinutes(meeting.id(), approvingMeeting);
            Pages.info("board.meeting.minutesApproved");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("approve:approvingMeeting", key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** Attaches a PDF to an agenda point; the file's type is recognised from its content. */
    public void attachDocument() {
        if (documentItem == null) {
            Pages.error("document:item", "board.error.minutes.item");
            return;
        }
        if (documentFile == null || documentFile.getSize() == 0) {
            Pages.error("document:file", "upload.error.empty");
            return;
        }
        if (documentFile.getSize() > Upload.MAX_BYTES) {
            Pages.error("document:file", "upload.error.size");
            return;
        }
        try (InputStream in = documentFile.getInputStream()) {
            Upload upload = Upload.of(documentFile.getSubmittedFileName(), in.readAllBytes(), EnumSet.of(Upload.Kind.PDF));
            meetings.attachDocument(meeting.id(), documentItem, upload, documentPublic);
            Pages.info("board.meeting.documentSaved");
        } catch (Upload.Refused e) {
            Pages.error("document:file", "board.error.document.pdf");
        } catch (IOException e) {
            Pages.error("document:file", "upload.error.read");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("document:" + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** Fills the minutes form with what is recorded for the chosen agenda point. */
    public void chooseMinutesItem() {
        meeting.agenda().stream().filter(a -> minutesItem != null && a.id() == minutesItem).findFirst().ifPresent(a -> {
            minutes = a.minutes();
            minutesPublic = a.publicMinutes();
        });
    }

    private void reload() {
        meeting = meetings.meeting(meeting.id());
        present = new ArrayList<>(meeting.invitations().stream().filter(MeetingView.Guest::present)
                .map(g -> String.valueOf(g.memberId())).toList());
        laterHeld = meetings.meetings().stream().filter(m -> m.startsAt().isAfter(meeting.startsAt())
                && (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_APPROVED)).toList();
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<MeetingView> getLaterHeld() {
        return laterHeld;
    }

    public String getAgendaTitle() {
        return agendaTitle;
    }

    public void setAgendaTitle(String agendaTitle) {
        this.agendaTitle = agendaTitle;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getBacklogItemId() {
        return backlogItemId;
    }

    public void setBacklogItemId(String backlogItemId) {
        this.backlogItemId = backlogItemId;
    }

    public String getNeedId() {
        return needId;
    }

    public void setNeedId(String needId) {
        this.needId = needId;
    }

    public String getRecommendationId() {
        return recommendationId;
    }

    public void setRecommendationId(String recommendationId) {
        this.recommendationId = recommendationId;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present == null ? new ArrayList<>() : new ArrayList<>(present);
    }

    public Long getMinutesItem() {
        return minutesItem;
    }

    public void setMinutesItem(Long minutesItem) {
        this.minutesItem = minutesItem;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public boolean isMinutesPublic() {
        return minutesPublic;
    }

    public void setMinutesPublic(boolean minutesPublic) {
        this.minutesPublic = minutesPublic;
    }

    public Long getDocumentItem() {
        return documentItem;
    }

    public void setDocumentItem(Long documentItem) {
        this.documentItem = documentItem;
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }

    public boolean isDocumentPublic() {
        return documentPublic;
    }

    public void setDocumentPublic(boolean documentPublic) {
        this.documentPublic = documentPublic;
    }

    public Long getApprovingMeeting() {
        return approvingMeeting;
    }

    public void setApprovingMeeting(Long approvingMeeting) {
        this.approvingMeeting = approvingMeeting;
    }
}
