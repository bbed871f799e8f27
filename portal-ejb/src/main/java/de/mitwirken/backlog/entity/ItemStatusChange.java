package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One status a backlog item entered, with when and by whom: the item's dated history (V7). Written by the
 * backlog use cases that create, move or drop an item, never changed afterwards; reports read it to tell
 * which items changed status in a period.
 */
@Entity
@Table(name = "backlog_status_change")
public class ItemStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 12)
    private ItemStatus status;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected ItemStatusChange() {
        // for JPA
    }

    public ItemStatusChange(long itemId, ItemStatus status, String changedBy, Instant changedAt) {
        this.itemId = itemId;
        this.status = Objects.requireNonNull(status);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long itemId() {
        return itemId;
    }

    public ItemStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
