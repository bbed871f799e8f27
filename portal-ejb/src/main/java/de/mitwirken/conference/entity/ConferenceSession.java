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
import java.util.List;

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
        + "WHERE s.id = :id AND (s.capacity IS NULL OR s.taken < s.capacity)")
public class ConferenceSession {

    public static final String OF_CONFERENCE = "ConferenceSession.ofConference";
    /** Sessions of one conference by id, in id order: the order in which their seats are claimed. */
    public static final String BY_IDS = "ConferenceSession.byIds";
    /** Takes a seat if one is free or the session has no limit of its own (1 row), else nothing (0 rows). */
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

    /**
     * Changes the session from a checked draft. Its capacity may not fall below the seats already held (the
     * caller holds the conference's lock, so the count is current); a larger one leaves room for the queue.
     */
    public void change(Track newTrack, SessionDraft draft, List<Speaker> newSpeakers) {
        if (draft.capacity() != null && draft.capacity() < taken) {
            throw new ChoiceRefused("capacity", "conference.office.error.capacityBelowTaken");
        }
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
    }

    /** Two sessions overlap when one starts before the other ends; back-to-back sessions do not. */
    public boolean overlaps(ConferenceSession other) {
        if (this == other || id != null && id.equals(other.id)) {
            return false;
        }
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean hasRoom() {
        return Seats.hasRoom(capacity, taken);
    }

    public void takeSeat() {
        taken = Seats.take(capacity, taken, "session " + id);
    }

    public void releaseSeat() {
        taken = Seats.release(taken, "session " + id);
    }

    /** Free seats, or null when the session has no limit of its own. */
    public Integer free() {
        return Seats.free(capacity, taken);
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
