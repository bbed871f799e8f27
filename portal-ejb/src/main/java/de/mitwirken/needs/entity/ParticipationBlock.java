package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A person a moderator blocked from submitting, supporting, commenting and flagging: until the end of a day or for
 * good, with a reason the person is told. A block applies while it is neither lifted nor past its end; that is decided
 * whenever it is read (here and in {@link #CURRENT}), so no job has to run for a block to end.
 */
@Entity
@Table(name = "participation_block")
@NamedQuery(name = ParticipationBlock.CURRENT, query = "SELECT b FROM ParticipationBlock b WHERE b.profileId = :profileId"
        + " AND b.liftedAt IS NULL AND (b.endsAt IS NULL OR b.endsAt > :now) ORDER BY b.blockedAt DESC")
@NamedQuery(name = ParticipationBlock.OF_PROFILE, query = "SELECT b FROM ParticipationBlock b WHERE b.profileId = :profileId"
        + " ORDER BY b.blockedAt DESC")
@NamedQuery(name = ParticipationBlock.DELETE_OF_PROFILE, query = "DELETE FROM ParticipationBlock b WHERE b.profileId = :profileId")
@NamedQuery(name = ParticipationBlock.LIST, query = "SELECT b FROM ParticipationBlock b, UserProfile p WHERE p.id = b.profileId"
        + ParticipationBlock.LIST_WHERE + " ORDER BY b.blockedAt DESC, b.id DESC")
@NamedQuery(name = ParticipationBlock.LIST_COUNT, query = "SELECT COUNT(b) FROM ParticipationBlock b, UserProfile p"
        + " WHERE p.id = b.profileId" + ParticipationBlock.LIST_WHERE)
@NamedQuery(name = ParticipationBlock.DELETE_ENDED_BEFORE, query = "DELETE FROM ParticipationBlock b"
        + " WHERE (b.liftedAt IS NOT NULL AND b.liftedAt < :cutoff) OR (b.liftedAt IS NULL AND b.endsAt < :cutoff)")
@NamedQuery(name = ParticipationBlock.BLOCKERS, query = "SELECT DISTINCT b.blockedBy FROM ParticipationBlock b ORDER BY b.blockedBy")
public class ParticipationBlock {

    public static final String CURRENT = "ParticipationBlock.current";
    public static final String OF_PROFILE = "ParticipationBlock.ofProfile";
    public static final String DELETE_OF_PROFILE = "ParticipationBlock.deleteOfProfile";
    public static final String LIST = "ParticipationBlock.list";
    public static final String LIST_COUNT = "ParticipationBlock.listCount";
    public static final String BLOCKERS = "ParticipationBlock.blockers";
    public static final String DELETE_ENDED_BEFORE = "ParticipationBlock.deleteEndedBefore";
    /** The moderators' list; every filter is optional ("ALL" or null). */
    static final String LIST_WHERE = " AND (:state = 'ALL'"
            + " OR (:state = 'CURRENT' AND b.liftedAt IS NULL AND (b.endsAt IS NULL OR b.endsAt > :now))"
            + " OR (:state = 'ENDED' AND b.liftedAt IS NULL AND b.endsAt <= :now)"
            + " OR (:state = 'LIFTED' AND b.liftedAt IS NOT NULL))"
            + " AND (:kind = 'ALL' OR (:kind = 'FOR_GOOD' AND b.endsAt IS NULL) OR (:kind = 'PERIOD' AND b.endsAt IS NOT NULL))"
            + " AND (:blockedBy IS NULL OR b.blockedBy = :blockedBy)"
            + " AND (:name IS NULL OR LOWER(p.displayName) LIKE :name OR LOWER(p.username) LIKE :name)";

    /** The city's time zone: a block "until" a date lasts to the end of that day there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final int MAX_TEXT = 500;

    /** Where a block stands at a moment. */
    public enum State { CURRENT, ENDED, LIFTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Column(name = "blocked_at", nullable = false, updatable = false)
    private Instant blockedAt;

    @Column(name = "blocked_by", nullable = false, updatable = false)
    private String blockedBy;

    @Column(name = "reason", nullable = false, length = MAX_TEXT, updatable = false)
    private String reason;

    /** The first moment the block no longer applies; null: for good. */
    @Column(name = "ends_at", updatable = false)
    private Instant endsAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lift_note", length = MAX_TEXT)
    private String liftNote;

    protected ParticipationBlock() {
        // for JPA
    }

    /**
     * @param lastDay the last day the block applies (in the city's zone); null blocks for good
     */
    public ParticipationBlock(long profileId, String reason, LocalDate lastDay, String blockedBy, Instant now) {
        this.profileId = profileId;
        this.reason = text(reason, "blockReason", "needs.error.blockReason");
        if (lastDay != null) {
            Instant end = lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
            if (!end.isAfter(now) || lastDay.isAfter(LocalDate.ofInstant(now, ZONE).plusYears(10))) {
                throw Refusal.invalid("blockUntil", "needs.error.blockUntil");
            }
            this.endsAt = end;
        }
        this.blockedBy = blockedBy;
        this.blockedAt = now;
    }

    /** Lifts a block that still applies; the note is told to the person. */
    public void lift(String note, String by, Instant now) {
        if (state(now) != State.CURRENT) {
            throw Refusal.notAllowed("needs.error.blockNotCurrent");
        }
        this.liftNote = text(note, "liftNote", "needs.error.liftNote");
        this.liftedBy = by;
        this.liftedAt = now;
    }

    public State state(Instant now) {
        if (liftedAt != null) {
            return State.LIFTED;
        }
        return endsAt == null || endsAt.isAfter(now) ? State.CURRENT : State.ENDED;
    }

    public boolean appliesAt(Instant now) {
        return state(now) == State.CURRENT;
    }

    public boolean forGood() {
        return endsAt == null;
    }

    /** The last day the block applies, for people to read; null for good. */
    public LocalDate lastDay() {
        return endsAt == null ? null : LocalDate.ofInstant(endsAt, ZONE).minusDays(1);
    }

    private static String text(String input, String field, String key) {
        String clean = CleanText.line(input);
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw Refusal.invalid(field, key);
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public Long profileId() {
        return profileId;
    }

    public Instant blockedAt() {
        return blockedAt;
    }

    public String blockedBy() {
        return blockedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public String liftNote() {
        return liftNote;
    }
}
