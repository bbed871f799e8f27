package de.mitwirken.backlog.entity;

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
import java.util.Objects;

/**
 * One row of an item's public change history (backlog_item_history, V20): which public field changed, from what
 * to what as the public sees it, and when. Written once by the backlog's use cases, never changed; it names no
 * member of staff (the audit log keeps who did it).
 */
@Entity
@Table(name = "backlog_item_history")
@NamedQuery(name = ItemChange.OF_ITEM, query = "SELECT c FROM ItemChange c WHERE c.itemId = :itemId"
        + " ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = ItemChange.COUNT_OF_ITEM, query = "SELECT COUNT(c) FROM ItemChange c WHERE c.itemId = :itemId")
@NamedQuery(name = ItemChange.QUIET_SINCE, query = "SELECT i.id, i.title, i.status, i.createdAt FROM BacklogItem i"
        + " WHERE i.status IN :open AND i.createdAt < :since"
        + " AND NOT EXISTS (SELECT c FROM ItemChange c WHERE c.itemId = i.id AND c.changedAt >= :since)")
// entities, not MAX(changedAt): an aggregate over a time column comes back as a Timestamp
@NamedQuery(name = ItemChange.LATEST_OF_ITEMS, query = "SELECT c FROM ItemChange c WHERE c.itemId IN :itemIds"
        + " AND c.changedAt = (SELECT MAX(d.changedAt) FROM ItemChange d WHERE d.itemId = c.itemId)")
// the roadmap's changes in status, progress and milestones, newest first (the roadmap feed)
@NamedQuery(name = ItemChange.RECENT_OF_PUBLISHED, query = "SELECT c, i.title FROM ItemChange c, BacklogItem i"
        + " WHERE i.id = c.itemId AND i.status IN :statuses AND c.field IN :fields ORDER BY c.changedAt DESC, c.id DESC")
public class ItemChange {

    /** An item's history, newest first; page with first/max results (the first row: when it last changed). */
    public static final String OF_ITEM = "ItemChange.ofItem";
    public static final String COUNT_OF_ITEM = "ItemChange.countOfItem";
    /** id, title, status, createdAt of items in :open created before :since with no history row since then. */
    public static final String QUIET_SINCE = "ItemChange.quietSince";
    /** The newest history row(s) of each of these items (:itemIds). */
    public static final String LATEST_OF_ITEMS = "ItemChange.latestOfItems";
    /** Rows (change, item title) of items in :statuses whose field is one of :fields, newest first. */
    public static final String RECENT_OF_PUBLISHED = "ItemChange.recentOfPublished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, updatable = false, length = 24)
    private HistoryField field;

    @Column(name = "subject", updatable = false, length = 200)
    private String subject;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ItemChange() {
        // for JPA
    }

    public ItemChange(long itemId, PublicChange change, Instant changedAt) {
        this.itemId = itemId;
        this.field = change.field();
        this.subject = change.subject();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.note = change.note();
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long id() { return id; }
    public Long itemId() { return itemId; }
    public HistoryField field() { return field; }
    public String subject() { return subject; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
    public String note() { return note; }
    public Instant changedAt() { return changedAt; }
}
