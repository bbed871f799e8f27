package de.mitwirken.conference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A point of the programme (talk, workshop, …) with its own seats, or none of its own (capacity null: only
 * the conference's limit applies). Seats change only under the conference's lock (see {@link Conference}).
 */
@Entity
@Table(name = "conf_session")
@NamedQuery(name = ConferenceSession.OF_CONFERENCE, query = "SELECT s FROM ConferenceSession s "
        + "JOIN FETCH s.track WHERE s.conference.id = :conference ORDER BY s.startsAt, s.track.position, s.id")
@NamedQuery(name = ConferenceSession.BY_IDS, query = "SELECT s FROM ConferenceSession s "
        + "WHERE s.conference.id = :conference AND s.id IN :ids ORDER BY s.id")
@NamedQuery(name = ConferenceSession.CLAIM_SEAT, query = "UPDATE ConferenceSession s SET s.taken = s.taken + 1 "
        + "WHERE s.id = :id AND s.cancelledAt IS NULL AND (s.capacity IS NULL OR s.taken < s.capacity)")
public class ConferenceSession {

    public static final String OF_CONFERENCE = "ConferenceSession.ofConference";
    /** Sessions of one conference by id, in id order: the order in which their seats are claimed. */
    public static final String BY_IDS = "ConferenceSession.byIds";
    /** Takes a seat if one is free or the session has no limit of its own (1 row), else nothing (0 rows); never in a called-off one. */
    public static final String CLAIM_SEAT = "ConferenceSession.claimSeat";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @ManyToOne(optional = false)
    @JoinColumn(name = "track_id", nullable = false)
    private Track track;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private SessionKind kind;
    @Column(name = "title", nullable = false, length = 200)
    private String title;
    @Column(name = "abstract", nullable = false)
    private String summary;
    @Column(name = "room", nullable = false, length = 120)
    private String room;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "capacity")
    private Integer capacity;
    @Column(name = "taken", nullable = false)
    private int taken;
    @Column(name = "calendar_sequence", nullable = false)
    private int sequence;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_aspects", length = 40)
    private String changedAspects;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @ManyToMany
    @JoinTable(name = "conf_session_speaker", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "speaker_id"))
    @OrderBy("name")
    private List<Speaker> speakers = new ArrayList<>();

    protected ConferenceSession() {
        // for JPA
    }

    public ConferenceSession(Conference conference, Track track, SessionKind kind, String title, String summary,
                             String room, Instant startsAt, Instant endsAt, Integer capacity) {
        this.conference = conference;
        this.track = track;
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.room = room;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    /** A new session of the programme, from a checked draft. */
    public static ConferenceSession plan(Conference conference, Track track, SessionDraft draft,
                                         List<Speaker> speakers) {
        ConferenceSession s = new ConferenceSession(conference, track, draft.kind(), draft.title(), draft.summary(),
                draft.room(), draft.startsAt(), draft.endsAt(), draft.capacity());
        s.speakers.addAll(speakers);
        return s;
    }

    /** What a draft would change that the session's people are told of (nothing: no mail). */
    public Set<SessionAspect> aspectsChangedBy(SessionDraft draft, List<Speaker> newSpeakers) {
        Set<SessionAspect> aspects = EnumSet.noneOf(SessionAspect.class);
        if (!startsAt.equals(draft.startsAt()) || !endsAt.equals(draft.endsAt())) {
            aspects.add(SessionAspect.TIME);
        }
        if (!room.equals(draft.room())) {
            aspects.add(SessionAspect.ROOM);
        }
        if (!title.equals(draft.title())) {
            aspects.add(SessionAspect.TITLE);
        }
        if (!ids(speakers).equals(ids(newSpeakers))) {
            aspects.add(SessionAspect.SPEAKERS);
        }
        return aspects;
    }

    /**
     * Changes the session from a checked draft and says what changed for its people. Its capacity may not fall
     * below the seats already held (the caller holds the conference's lock, so the count is current); a larger
     * one leaves room for the queue. A change people are told of raises the calendar entry's SEQUENCE once.
     */
    public Set<SessionAspect> change(Track newTrack, SessionDraft draft, List<Speaker> newSpeakers, Instant now) {
        if (cancelled()) {
            throw new ChoiceRefused("conference.office.error.sessionCancelled");
        }
        if (draft.capacity() != null && draft.capacity() < taken) {
            throw new ChoiceRefused("capacity", "conference.office.error.capacityBelowTaken");
        }
        Set<SessionAspect> aspects = aspectsChangedBy(draft, newSpeakers);
        track = newTrack;
        kind = draft.kind();
        title = draft.title();
        summary = draft.summary();
        room = draft.room();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        capacity = draft.capacity();
        speakers.clear();
        speakers.addAll(newSpeakers);
        if (!aspects.isEmpty()) {
            sequence++;
            changedAt = now;
            changedAspects = aspects.stream().map(Enum::name).collect(Collectors.joining(","));
        }
        return aspects;
    }

    /**
     * Calls the session off: no seat can be taken any more, the calendar entry's SEQUENCE rises for the
     * cancellation. The caller ends every choice first (which gives back the seats: the database checks that
     * a called-off session holds none).
     */
    public void cancel(Instant now) {
        if (cancelled()) {
            throw new ChoiceRefused("conference.office.error.sessionCancelled");
        }
        cancelledAt = now;
        sequence++;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** The SEQUENCE of the session's calendar entry (0 until the first change people were told of). */
    public int sequence() {
        return sequence;
    }

    /** When the session last changed in a way its people were told of; null if never. */
    public Instant changedAt() {
        return changedAt;
    }

    /** What changed then. */
    public Set<SessionAspect> changedAspects() {
        Set<SessionAspect> aspects = EnumSet.noneOf(SessionAspect.class);
        if (changedAspects != null && !changedAspects.isBlank()) {
            for (String name : changedAspects.split(",")) {
                aspects.add(SessionAspect.valueOf(name));
            }
        }
        return aspects;
    }

    /**
     * Moves the session with its edition by whole days, at the same local time (Europe/Berlin, so a move across
     * a change to summer time keeps 10:00 at 10:00); a change its people are told of.
     */
    public void shiftDays(long days, Instant now) {
        if (cancelled()) {
            return;
        }
        java.time.ZoneId city = java.time.ZoneId.of("Europe/Berlin");
        startsAt = startsAt.atZone(city).plusDays(days).toInstant();
        endsAt = endsAt.atZone(city).plusDays(days).toInstant();
        sequence++;
        changedAt = now;
        changedAspects = SessionAspect.TIME.name();
    }

    /** Whether the door may release the seats of people not in the room (its start plus the grace minutes passed). */
    public boolean noShowsReleasable(Instant now, int graceMinutes) {
        return !cancelled() && !now.isBefore(startsAt.plus(java.time.Duration.ofMinutes(graceMinutes)))
                && now.isBefore(endsAt);
    }

    /** Whether the time from start to end overlaps this session; back to back does not. */
    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    private static Set<Long> ids(List<Speaker> list) {
        return list.stream().map(Speaker::id).collect(Collectors.toSet());
    }

    /** Two sessions overlap when one starts before the other ends; back-to-back sessions do not. */
    public boolean overlaps(ConferenceSession other) {
        if (this == other || id != null && id.equals(other.id)) {
            return false;
        }
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean hasRoom() {
        return !cancelled() && Seats.hasRoom(capacity, taken);
    }

    public void takeSeat() {
        taken = Seats.take(capacity, taken, "session " + id);
    }

    public void releaseSeat() {
        taken = Seats.release(taken, "session " + id);
    }

    /** Free seats, or null when the session has no limit of its own; none once it is called off. */
    public Integer free() {
        return cancelled() ? Integer.valueOf(0) : Seats.free(capacity, taken);
    }

    public Long id() {
        return id;
    }

    public Long conferenceId() {
        return conference.id();
    }

    public Track track() {
        return track;
    }

    public SessionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String room() {
        return room;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Integer capacity() {
        return capacity;
    }

    public int taken() {
        return taken;
    }

    public List<Speaker> speakers() {
        return List.copyOf(speakers);
    }
}
