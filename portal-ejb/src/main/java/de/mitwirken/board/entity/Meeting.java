package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A meeting of the board. It guards its way: the agenda is set while planned or invited; invitations go
 * out once, to the active members; attendance and minutes are recorded once it is held (not before it
 * began); its minutes are approved in a later meeting that is held with quorum, and only then published.
 */
@Entity
@Table(name = "board_meeting")
@NamedQuery(name = Meeting.ALL, query = "SELECT m FROM Meeting m ORDER BY m.startsAt DESC")
@NamedQuery(name = Meeting.UPCOMING, query = "SELECT m FROM Meeting m WHERE m.endsAt >= :now AND m.status IN :shown ORDER BY m.startsAt")
@NamedQuery(name = Meeting.WITH_APPROVED_MINUTES, query = "SELECT m FROM Meeting m WHERE m.status = de.mitwirken.board.entity.MeetingStatus.MINUTES_APPROVED ORDER BY m.startsAt DESC")
public class Meeting {

    public static final String ALL = "Meeting.all";
    public static final String UPCOMING = "Meeting.upcoming";
    public static final String WITH_APPROVED_MINUTES = "Meeting.withApprovedMinutes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "place", length = 300)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MeetingStatus status;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "held_at")
    private Instant heldAt;

    @ManyToOne
    @JoinColumn(name = "minutes_approved_in")
    private Meeting minutesApprovedIn;

    @Column(name = "calendar_sequence", nullable = false)
    private int sequence;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "change_reason", length = 1000)
    private String changeReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** Kept by the database (V36), read for the OParl interface's created/modified filters. */
    @Column(name = "modified_at", insertable = false, updatable = false)
    private java.time.Instant modifiedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    private List<Invitation> invitations = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /** Plans a meeting from a draft the caller has checked (problems() empty). */
    public static Meeting plan(MeetingDraft draft, String by, Instant now) {
        Meeting meeting = new Meeting();
        meeting.title = draft.title();
        meeting.startsAt = draft.startsAt();
        meeting.endsAt = draft.endsAt();
        meeting.place = draft.place();
        meeting.onlineLink = draft.onlineLink();
        meeting.quorumPercent = draft.quorumPercent();
        meeting.status = MeetingStatus.PLANNED;
        meeting.createdBy = by;
        meeting.createdAt = now;
        return meeting;
    }

    /**
     * Moves the meeting (time, place, link, title, quorum) from a checked draft. Before the invitations nobody is
     * told; after them the reason is required (3 to 1000 characters, shown to the members), the calendar entry
     * gets the next SEQUENCE, and a change of the day resets the members' answers (a new time on the same day
     * keeps them). Answers whether the day changed.
     */
    public boolean reschedule(MeetingDraft draft, String reason, Instant now) {
        if (status != MeetingStatus.PLANNED && status != MeetingStatus.INVITED) {
            throw Refusal.notAllowed("board.error.transition").because("a " + status + " meeting is not moved");
        }
        boolean newDay = !day(startsAt).equals(day(draft.startsAt()));
        if (status == MeetingStatus.INVITED) {
            changeReason = reasonOf(reason);
            changedAt = now;
            sequence++;
            if (newDay) {
                invitations.forEach(i -> i.resetAnswer(now));
            }
        }
        title = draft.title();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        place = draft.place();
        onlineLink = draft.onlineLink();
        quorumPercent = draft.quorumPercent();
        return newDay;
    }

    /** Calls the meeting off (planned or invited), with the reason the members are told. */
    public void cancel(String reason, Instant now) {
        if (status != MeetingStatus.PLANNED && status != MeetingStatus.INVITED) {
            throw Refusal.notAllowed("board.error.transition").because("a " + status + " meeting is not called off");
        }
        changeReason = reasonOf(reason);
        cancelledAt = now;
        changedAt = now;
        sequence++;
        status = MeetingStatus.CANCELLED;
    }

    private static String reasonOf(String reason) {
        String clean = de.mitwirken.platform.entity.CleanText.multilineOrNull(reason);
        if (clean == null || clean.length() < 3 || clean.length() > 1000) {
            throw Refusal.invalid("reason", "board.error.meeting.reason").because("a change needs its reason");
        }
        return clean;
    }

    private static java.time.LocalDate day(Instant instant) {
        return instant.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
    }

    public int sequence() {
        return sequence;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changeReason() {
        return changeReason;
    }

    /**
     * When the public last saw something change: planned, invited, moved, cancelled, held, or its minutes approved
     * (in the approving meeting, which has to be held for that).
     */
    public Instant lastPublicChange() {
        Instant last = createdAt;
        Instant approved = minutesApprovedIn == null ? null
                : minutesApprovedIn.heldAt == null ? minutesApprovedIn.startsAt : minutesApprovedIn.heldAt;
        for (Instant moment : new Instant[] {invitedAt, changedAt, cancelledAt, heldAt, approved}) {
            if (moment != null && moment.isAfter(last)) {
                last = moment;
            }
        }
        return last;
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public AgendaItem addAgendaItem(AgendaDraft draft) {
        if (status != MeetingStatus.PLANNED && status != MeetingStatus.INVITED) {
            throw Refusal.notAllowed("board.error.transition").because("the agenda of a held meeting is fixed");
        }
        if (!draft.problems().isEmpty()) {
            throw Refusal.invalid("agendaTitle", "board.error.agendaTitle").because("invalid agenda item: " + draft.problems());
        }
        AgendaItem item = new AgendaItem(this, agenda.size() + 1, draft);
        agenda.add(item);
        return item;
    }

    /** Invites the given active members; there must be an agenda. Returns the new invitations. */
    public List<Invitation> invite(Collection<Long> activeMemberIds, Instant now) {
        if (status != MeetingStatus.PLANNED) {
            throw Refusal.notAllowed("board.error.transition").because("invitations went out already");
        }
        if (agenda.isEmpty() || activeMemberIds.isEmpty()) {
            throw Refusal.invalid("status", "board.error.status").because("agenda");
        }
        activeMemberIds.forEach(memberId -> invitations.add(new Invitation(this, memberId)));
        status = MeetingStatus.INVITED;
        invitedAt = now;
        return List.copyOf(invitations);
    }

    /** The meeting took place: from its start on, attendance and minutes can be recorded. */
    public void markHeld(Instant now) {
        if (status != MeetingStatus.INVITED) {
            throw Refusal.notAllowed("board.error.transition").because("only an invited meeting is held");
        }
        if (now.isBefore(startsAt)) {
            throw Refusal.invalid("held", "board.error.held").because("heldBeforeStart");
        }
        status = MeetingStatus.HELD;
        heldAt = now;
    }

    /** A PDF for an agenda point, until the minutes are approved (then the record is closed). */
    public AgendaDocument attach(long agendaItemId, String filename, String contentType, byte[] content,
                                 boolean isPublic, String by, Instant now) {
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw Refusal.notAllowed("board.error.transition").because("the meeting's record is closed");
        }
        return agenda.stream().filter(a -> a.id() == agendaItemId).findFirst()
                .orElseThrow(() -> Refusal.invalid("item", "board.error.minutes.item").because("agendaItem"))
                .attach(filename, contentType, content, isPublic, by, now);
    }

    public void writeMinutes(long agendaItemId, String text, boolean isPublic) {
        if (status != MeetingStatus.HELD) {
            throw Refusal.notAllowed("board.error.transition").because("minutes are drafted for a held meeting until they are approved");
        }
        agenda.stream().filter(a -> a.id() == agendaItemId).findFirst()
                .orElseThrow(() -> Refusal.invalid("agendaItem", "board.error.minutes.item").because("agendaItem"))
                .writeMinutes(text, isPublic);
    }

    /**
     * The minutes are approved in a later meeting that is held with quorum; every agenda item must have
     * minutes. From then on they are published (the public items).
     */
    public void approveMinutesIn(Meeting approving) {
        if (status != MeetingStatus.HELD) {
            throw Refusal.notAllowed("board.error.transition").because("only the minutes of a held meeting are approved, once");
        }
        if (approving == this || approving.status != MeetingStatus.HELD && approving.status != MeetingStatus.MINUTES_APPROVED
                || !approving.startsAt.isAfter(startsAt)) {
            throw Refusal.invalid("approvingMeeting", "board.error.approve.approvingMeeting").because("approvingMeeting");
        }
        if (!approving.quorum().reached()) {
            throw Refusal.invalid("approvingMeeting", "board.error.approve.quorum").because("quorum");
        }
        if (agenda.stream().anyMatch(a -> a.minutes() == null)) {
            throw Refusal.invalid("approvingMeeting", "board.error.approve.minutesMissing").because("minutesMissing");
        }
        status = MeetingStatus.MINUTES_APPROVED;
        minutesApprovedIn = approving;
    }

    public Quorum quorum() {
        return new Quorum(invitations.size(), (int) invitations.stream().filter(Invitation::present).count(),
                quorumPercent);
    }

    public java.time.Instant modifiedAt() {
        return modifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public MeetingStatus status() {
        return status;
    }

    public int quorumPercent() {
        return quorumPercent;
    }

    public Meeting minutesApprovedIn() {
        return minutesApprovedIn;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }
}
