package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's invitation to a meeting: their answer before it, and whether they were there. */
@Entity
@Table(name = "board_invitation")
@NamedQuery(name = Invitation.OF_MEETING, query = "SELECT i FROM Invitation i WHERE i.meeting.id = :meeting ORDER BY i.id")
@NamedQuery(name = Invitation.OF_MEMBERS, query = "SELECT i FROM Invitation i JOIN FETCH i.meeting m WHERE i.memberId IN :members ORDER BY m.startsAt DESC")
@NamedQuery(name = Invitation.TO_REMIND, query = "SELECT i FROM Invitation i JOIN FETCH i.meeting m "
        + "WHERE m.status = de.mitwirken.board.entity.MeetingStatus.INVITED AND i.response IS NULL AND i.remindedAt IS NULL "
        + "AND m.startsAt > :now AND m.startsAt <= :until AND m.invitedAt <= :invitedBefore ORDER BY i.id")
@NamedQuery(name = Invitation.CLAIM_REMINDER, query = "UPDATE Invitation i SET i.remindedAt = :now "
        + "WHERE i.id = :id AND i.remindedAt IS NULL")
@NamedQuery(name = Invitation.AGENDA_DUE, query = "SELECT i FROM Invitation i JOIN FETCH i.meeting m "
        + "WHERE m.status = de.mitwirken.board.entity.MeetingStatus.INVITED "
        + "AND i.response = de.mitwirken.board.entity.Invitation.Response.ATTEND AND i.agendaSentAt IS NULL "
        + "AND m.startsAt > :now AND m.startsAt <= :until ORDER BY i.id")
@NamedQuery(name = Invitation.CLAIM_AGENDA, query = "UPDATE Invitation i SET i.agendaSentAt = :now "
        + "WHERE i.id = :id AND i.agendaSentAt IS NULL")
public class Invitation {

    /** Invitations without an answer to meetings within the reminder days, not reminded yet. */
    public static final String TO_REMIND = "Invitation.toRemind";
    public static final String CLAIM_REMINDER = "Invitation.claimReminder";
    /** Accepted invitations to meetings within a day, whose agenda was not sent yet. */
    public static final String AGENDA_DUE = "Invitation.agendaDue";
    public static final String CLAIM_AGENDA = "Invitation.claimAgenda";

    public static final String OF_MEETING = "Invitation.ofMeeting";
    public static final String OF_MEMBERS = "Invitation.ofMembers";

    /** What a member answers to an invitation. */
    public enum Response { ATTEND, DECLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "response", length = 8)
    private Response response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "answer_reset_at")
    private Instant answerResetAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "agenda_sent_at")
    private Instant agendaSentAt;

    protected Invitation() {
        // for JPA
    }

    Invitation(Meeting meeting, long memberId) {
        this.meeting = meeting;
        this.memberId = memberId;
    }

    /** Answering (or changing one's answer) is possible until the meeting is held. */
    public void respond(Response answer, Instant now) {
        if (meeting.status() != MeetingStatus.INVITED) {
            throw Refusal.notAllowed("board.error.transition").because("the meeting is " + meeting.status());
        }
        response = answer;
        respondedAt = now;
    }

    /** The meeting moved to another day: the answer given for the old day no longer holds. */
    void resetAnswer(Instant now) {
        if (response != null) {
            response = null;
            respondedAt = null;
            answerResetAt = now;
        }
    }

    /** When the answer was reset by a move to another day (null: never, or answered again since). */
    public Instant answerResetAt() {
        return response == null ? answerResetAt : null;
    }

    /** Attendance is recorded once the meeting is held, until its minutes are approved. */
    public void recordPresence(boolean wasPresent) {
        if (meeting.status() != MeetingStatus.HELD) {
            throw Refusal.notAllowed("board.error.transition").because("attendance is recorded for a held meeting");
        }
        present = wasPresent;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public long memberId() {
        return memberId;
    }

    public Response response() {
        return response;
    }

    public boolean present() {
        return present;
    }
}
