package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report of a need or a comment, handled in the moderation queue. */
@Entity
@Table(name = "need_flag")
@NamedQuery(name = Flag.OPEN, query = "SELECT f FROM Flag f WHERE f.handledAt IS NULL"
        + " AND (:reason IS NULL OR f.reason = :reason)"
        + " AND (:about = 'ALL' OR (:about = 'COMMENTS' AND f.commentId IS NOT NULL)"
        + " OR (:about = 'NEEDS' AND f.commentId IS NULL)) ORDER BY f.createdAt")
@NamedQuery(name = Flag.COUNT_OPEN, query = "SELECT COUNT(f) FROM Flag f WHERE f.handledAt IS NULL")
public class Flag {

    public static final String OPEN = "Flag.open";
    public static final String COUNT_OPEN = "Flag.countOpen";

    /** What the moderator decided. */
    public enum Resolution { HIDDEN, KEPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private Long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private FlagReason reason;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private String handledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution", length = 20)
    private Resolution resolution;

    protected Flag() {
        // for JPA
    }

    public Flag(long needId, Long commentId, long reporterId, FlagReason reason, String note, Instant now) {
        this.needId = needId;
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        String clean = CleanText.multiline(note);
        this.note = clean.isEmpty() ? null : clean.substring(0, Math.min(500, clean.length()));
        this.createdAt = now;
    }

    public void handle(Resolution decision, String moderator, Instant now) {
        if (handledAt != null) {
            throw Refusal.notAllowed("needs.error.flagHandled");
        }
        this.resolution = decision;
        this.handledBy = moderator;
        this.handledAt = now;
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }

    public Long commentId() {
        return commentId;
    }

    public FlagReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
