package de.mitwirken.conference.entity;

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

/**
 * A registration's place in one session. Each transition takes or gives back the session's seat itself;
 * callers hold the conference's lock.
 */
@Entity
@Table(name = "conf_choice")
@NamedQuery(name = Choice.HELD_UNCONFIRMED, query = "SELECT c.session.id, COUNT(c) FROM Choice c "
        + "WHERE c.session.conference.id = :conference AND c.registration.emailConfirmedAt IS NULL "
        + "AND c.registration.confirmBy IS NOT NULL "
        + "AND c.status IN (de.mitwirken.conference.entity.ChoiceStatus.CONFIRMED, de.mitwirken.conference.entity.ChoiceStatus.OFFERED) "
        + "GROUP BY c.session.id")
@NamedQuery(name = Choice.QUEUE, query = "SELECT c FROM Choice c WHERE c.session.id = :session "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.WAITLISTED ORDER BY c.id")
@NamedQuery(name = Choice.POSITION, query = "SELECT COUNT(c) FROM Choice c WHERE c.session.id = :session "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.WAITLISTED AND c.id <= :id")
@NamedQuery(name = Choice.OFFERS_DUE, query = "SELECT DISTINCT c.session.conference.id FROM Choice c "
        + "WHERE c.status = de.mitwirken.conference.entity.ChoiceStatus.OFFERED AND c.offerExpiresAt <= :now")
@NamedQuery(name = Choice.OFFERS_DUE_IN, query = "SELECT c FROM Choice c WHERE c.session.conference.id = :conference "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.OFFERED AND c.offerExpiresAt <= :now ORDER BY c.id")
@NamedQuery(name = Choice.WAITING_PER_SESSION, query = "SELECT c.session.id, COUNT(c) FROM Choice c "
        + "WHERE c.session.conference.id = :conference AND c.status = de.mitwirken.conference.entity.ChoiceStatus.WAITLISTED "
        + "GROUP BY c.session.id")
@NamedQuery(name = Choice.ACTIVE_OF_SESSION, query = "SELECT c FROM Choice c JOIN FETCH c.registration "
        + "WHERE c.session.id = :session AND c.status NOT IN (de.mitwirken.conference.entity.ChoiceStatus.CANCELLED, "
        + "de.mitwirken.conference.entity.ChoiceStatus.EXPIRED, de.mitwirken.conference.entity.ChoiceStatus.NO_SHOW) "
        + "ORDER BY c.id")
@NamedQuery(name = Choice.WAITING_IN, query = "SELECT COUNT(c) FROM Choice c WHERE c.session.id = :session "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.WAITLISTED")
@NamedQuery(name = Choice.IN_ROOM, query = "SELECT COUNT(c) FROM Choice c WHERE c.session.id = :session "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.CONFIRMED AND c.checkedInAt IS NOT NULL")
@NamedQuery(name = Choice.ABSENT_OF_SESSION, query = "SELECT c FROM Choice c WHERE c.session.id = :session "
        + "AND c.status = de.mitwirken.conference.entity.ChoiceStatus.CONFIRMED AND c.checkedInAt IS NULL ORDER BY c.id")
@NamedQuery(name = Choice.ATTENDANCE, query = "SELECT c.session.id, c.status, COUNT(c), COUNT(c.checkedInAt), "
        + "SUM(CASE WHEN c.walkUp = TRUE THEN 1 ELSE 0 END) FROM Choice c WHERE c.session.conference.id = :conference "
        + "AND c.status IN (de.mitwirken.conference.entity.ChoiceStatus.CONFIRMED, "
        + "de.mitwirken.conference.entity.ChoiceStatus.NO_SHOW) GROUP BY c.session.id, c.status")
@NamedQuery(name = Choice.COUNT_OF_SESSION, query = "SELECT COUNT(c) FROM Choice c WHERE c.session.id = :session")
@NamedQuery(name = Choice.SEATS_HELD, query = "SELECT COUNT(c) FROM Choice c WHERE c.session.id = :session "
        + "AND c.status IN (de.mitwirken.conference.entity.ChoiceStatus.CONFIRMED, "
        + "de.mitwirken.conference.entity.ChoiceStatus.OFFERED)")
@NamedQuery(name = Choice.SESSIONS_CHOSEN, query = "SELECT DISTINCT c.session.id FROM Choice c "
        + "WHERE c.session.conference.id = :conference")
@NamedQuery(name = Choice.OFFERS_TO_REMIND, query = "SELECT c FROM Choice c "
        + "WHERE c.status = de.mitwirken.conference.entity.ChoiceStatus.OFFERED AND c.offerRemindedAt IS NULL "
        + "AND c.offerExpiresAt > :now AND c.offerExpiresAt <= :dayAhead ORDER BY c.id")
@NamedQuery(name = Choice.CLAIM_OFFER_REMINDER, query = "UPDATE Choice c SET c.offerRemindedAt = :now "
        + "WHERE c.id = :id AND c.offerRemindedAt IS NULL")
public class Choice {

    /** Session-seat offers that run out within a day and were not reminded of yet. */
    public static final String OFFERS_TO_REMIND = "Choice.offersToRemind";
    public static final String CLAIM_OFFER_REMINDER = "Choice.claimOfferReminder";

    /** The sessions of a conference that any choice refers to (in any state): those are never deleted. */
    public static final String SESSIONS_CHOSEN = "Choice.sessionsChosen";

    /** The live choices of one session (seats, offers, queue, wishes), with their registrations, in id order. */
    public static final String ACTIVE_OF_SESSION = "Choice.activeOfSession";
    /** How many wait in one session's queue. */
    public static final String WAITING_IN = "Choice.waitingIn";
    /** People checked into a session's room. */
    public static final String IN_ROOM = "Choice.inRoom";
    /** Seats of a session held by people not (yet) in the room. */
    public static final String ABSENT_OF_SESSION = "Choice.absentOfSession";
    /** Per session and state (CONFIRMED, NO_SHOW): seats, checked in, walk-ups: the dashboard's attendance. */
    public static final String ATTENDANCE = "Choice.attendance";
    /** Every choice that refers to a session, in any state: while there is one, the session is never deleted. */
    public static final String COUNT_OF_SESSION = "Choice.countOfSession";
    /** The seats of a session held by choices: what its counter must say (recount). */
    public static final String SEATS_HELD = "Choice.seatsHeld";

    public static final String QUEUE = "Choice.queue";
    /** Session id and the seats held in it by guests whose address is not confirmed yet. */
    public static final String HELD_UNCONFIRMED = "Choice.heldUnconfirmed";
    public static final String POSITION = "Choice.position";
    public static final String OFFERS_DUE = "Choice.offersDue";
    public static final String OFFERS_DUE_IN = "Choice.offersDueIn";
    /** Per session of a conference: how many wait in its queue (sessions without a queue are left out). */
    public static final String WAITING_PER_SESSION = "Choice.waitingPerSession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;
    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ConferenceSession session;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ChoiceStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "offer_reminded_at")
    private Instant offerRemindedAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by", length = 255)
    private String checkedInBy;
    @Column(name = "walk_up", nullable = false)
    private boolean walkUp;

    protected Choice() {
        // for JPA
    }

    Choice(Registration registration, ConferenceSession session, ChoiceStatus status, Instant now) {
        this.registration = registration;
        this.session = session;
        this.status = status;
        this.createdAt = now;
    }

    /** A freed seat is offered to this waiting choice until the deadline. */
    public void offer(Instant expiresAt) {
        require(ChoiceStatus.WAITLISTED);
        session.takeSeat();
        status = ChoiceStatus.OFFERED;
        offerExpiresAt = expiresAt;
    }

    public void accept(Instant now) {
        require(ChoiceStatus.OFFERED);
        if (!now.isBefore(offerExpiresAt)) {
            throw new OfferExpired();
        }
        status = ChoiceStatus.CONFIRMED;
        decidedAt = now;
    }

    /** The offer ran out (or was declined): the seat goes to the next in the queue, this choice ends. */
    public void expire(Instant now) {
        require(ChoiceStatus.OFFERED);
        session.releaseSeat();
        status = ChoiceStatus.EXPIRED;
        decidedAt = now;
    }

    public boolean offerOverdue(Instant now) {
        return status == ChoiceStatus.OFFERED && !now.isBefore(offerExpiresAt);
    }

    /** The person gives the session up; says whether a seat became free (it is given back here). */
    public boolean cancel(Instant now) {
        if (!status.isActive()) {
            throw Refusal.notAllowed("conference.error.notPossible").because("choice " + id + " is " + status);
        }
        boolean held = status.holdsSeat();
        if (held) {
            session.releaseSeat();
        }
        status = ChoiceStatus.CANCELLED;
        decidedAt = now;
        return held;
    }

    /** The registration got its conference place: a wish becomes a seat or a place in the session's queue. */
    void claim() {
        require(ChoiceStatus.WISHED);
        if (session.hasRoom()) {
            session.takeSeat();
            status = ChoiceStatus.CONFIRMED;
        } else {
            status = ChoiceStatus.WAITLISTED;
        }
    }

    private void require(ChoiceStatus expected) {
        if (status != expected) {
            throw Refusal.notAllowed("conference.error.notPossible").because("choice " + id + " is " + status + ", not " + expected);
        }
    }

    /**
     * Whether this choice ended because its session was called off (and not given up by the person before):
     * the cancellation ends every live choice at the moment it calls the session off.
     */
    public boolean endedByCancellation() {
        return status == ChoiceStatus.CANCELLED && session.cancelled() && decidedAt != null
                && !decidedAt.isBefore(session.cancelledAt().minusSeconds(1));
    }

    /**
     * Admits the person into the session's room: once, and only with a confirmed seat (a waiting person is
     * refused here; the door may give them a released seat, see {@link #admitWalkUp}).
     */
    public void checkIn(Instant now, String by) {
        if (checkedInAt != null) {
            throw new AlreadyCheckedIn(checkedInAt, checkedInBy);
        }
        if (status != ChoiceStatus.CONFIRMED) {
            throw new ChoiceRefused("conference.checkin.noSeat");
        }
        checkedInAt = now;
        checkedInBy = by;
    }

    /**
     * A person of the session's waiting list who is at the door takes a seat released from a no-show: the seat
     * is taken here (refused when none is free), and they are in the room at once.
     */
    public void admitWalkUp(Instant now, String by) {
        require(ChoiceStatus.WAITLISTED);
        if (!session.hasRoom()) {
            throw new ChoiceRefused("conference.checkin.noSeat");
        }
        session.takeSeat();
        status = ChoiceStatus.CONFIRMED;
        decidedAt = now;
        walkUp = true;
        checkedInAt = now;
        checkedInBy = by;
    }

    /**
     * The person did not come: some minutes after the start the door releases the seat (for walk-ups at the
     * door, not offered by mail: the session is running).
     */
    public void releaseAsNoShow(Instant now) {
        require(ChoiceStatus.CONFIRMED);
        if (checkedInAt != null) {
            throw new ChoiceRefused("conference.checkin.present");
        }
        session.releaseSeat();
        status = ChoiceStatus.NO_SHOW;
        decidedAt = now;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public boolean walkUp() {
        return walkUp;
    }

    public Long id() {
        return id;
    }

    public Registration registration() {
        return registration;
    }

    public ConferenceSession session() {
        return session;
    }

    public ChoiceStatus status() {
        return status;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
