package de.mitwirken.backlog.entity;

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
import java.util.Collection;

/**
 * A typed link between two backlog items. No item links to itself; a link that says what an existing
 * one already says is refused: the same pair and type, either direction for symmetric types, and
 * "A enables B" equals "B depends on A". Symmetric links are stored with the smaller id first.
 */
@Entity
@Table(name = "backlog_link")
@NamedQuery(name = ItemLink.OF_ITEM, query = "SELECT l FROM ItemLink l WHERE l.fromItemId = :itemId"
        + " OR l.toItemId = :itemId ORDER BY l.id")
@NamedQuery(name = ItemLink.BETWEEN, query = "SELECT l FROM ItemLink l WHERE (l.fromItemId = :a AND l.toItemId = :b)"
        + " OR (l.fromItemId = :b AND l.toItemId = :a)")
@NamedQuery(name = ItemLink.ALL, query = "SELECT l FROM ItemLink l ORDER BY l.id")
public class ItemLink {

    public static final String ALL = "ItemLink.all";
    public static final String OF_ITEM = "ItemLink.ofItem";
    public static final String BETWEEN = "ItemLink.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_item_id", nullable = false, updatable = false)
    private long fromItemId;

    @Column(name = "to_item_id", nullable = false, updatable = false)
    private long toItemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 15, updatable = false)
    private LinkType type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ItemLink() {
        // for JPA
    }

    /** A new link, refused when it links an item to itself or repeats one of the links already between the two. */
    public static ItemLink between(long from, long to, LinkType type, Collection<ItemLink> existing, String by,
                                   Instant now) {
        if (from == to) {
            throw Refusal.invalid("link", "backlog.error.link.self").because("an item does not link to itself");
        }
        if (existing.stream().anyMatch(l -> l.says(from, to, type))) {
            throw Refusal.conflict("link", "backlog.error.link.duplicate");
        }
        ItemLink link = new ItemLink();
        boolean swap = type.symmetric() && from > to;
        link.fromItemId = swap ? to : from;
        link.toItemId = swap ? from : to;
        link.type = type;
        link.createdBy = by;
        link.createdAt = now;
        return link;
    }

    /** Whether this link already states "from –type→ to". */
    public boolean says(long from, long to, LinkType other) {
        if (other == type) {
            return fromItemId == from && toItemId == to || type.symmetric() && fromItemId == to && toItemId == from;
        }
        boolean converse = type == LinkType.ENABLES && other == LinkType.DEPENDS_ON
                || type == LinkType.DEPENDS_ON && other == LinkType.ENABLES;
        return converse && fromItemId == to && toItemId == from;
    }

    public long otherEnd(long itemId) {
        return itemId == fromItemId ? toItemId : fromItemId;
    }

    public Long id() {
        return id;
    }

    public long fromItemId() {
        return fromItemId;
    }

    public long toItemId() {
        return toItemId;
    }

    public LinkType type() {
        return type;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
