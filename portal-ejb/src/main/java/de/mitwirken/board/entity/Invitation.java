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
public class Invitation {

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
