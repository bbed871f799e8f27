package de.mitwirken.backlog.entity;

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
import java.util.Objects;

/**
 * One link or unlink of a need, cluster or recommendation to a backlog item, never changed afterwards: the
 * item's link history (V21), which the office reads on the item page. An unlink needs a reason of 10 to 500
 * characters; a need that came or went with its cluster names the cluster.
 */
@Entity
@Table(name = "backlog_item_link_change")
@NamedQuery(name = LinkChange.OF_ITEM, query = "SELECT c FROM LinkChange c WHERE c.itemId = :itemId"
        + " ORDER BY c.changedAt DESC, c.id")
// The queries of the link use cases: finding what to link by words of its title (up to three, each a LIKE
// pattern; the column's collation ignores case and accents) and naming what is linked. Backlog reads needs'
// tables; needs never reads backlog's.
@NamedQuery(name = LinkChange.NEEDS_BY_WORDS, query = "SELECT n.id, n.title, n.status FROM Need n"
        + " WHERE n.status IN :statuses AND n.title LIKE :w1 AND n.title LIKE :w2 AND n.title LIKE :w3 ORDER BY n.id DESC")
@NamedQuery(name = LinkChange.NEEDS_BY_IDS, query = "SELECT n.id, n.title, n.status FROM Need n WHERE n.id IN :ids")
@NamedQuery(name = LinkChange.CLUSTERS_BY_WORDS, query = "SELECT c.id, c.title FROM NeedCluster c"
        + " WHERE c.title LIKE :w1 AND c.title LIKE :w2 AND c.title LIKE :w3 ORDER BY c.title")
@NamedQuery(name = LinkChange.CLUSTERS_BY_IDS, query = "SELECT c.id, c.title FROM NeedCluster c WHERE c.id IN :ids")
@NamedQuery(name = LinkChange.ITEMS_BY_WORDS, query = "SELECT i.id, i.title, i.status FROM BacklogItem i"
        + " WHERE i.status IN :statuses AND i.title LIKE :w1 AND i.title LIKE :w2 AND i.title LIKE :w3 ORDER BY i.id")
@NamedQuery(name = LinkChange.ITEMS_OF_NEED, query = "SELECT i.id, i.title, i.status FROM BacklogItem i JOIN i.needIds n"
        + " WHERE n = :needId ORDER BY i.id")
@NamedQuery(name = LinkChange.CLUSTER_DESTINATIONS, query = "SELECT c, i.id, i.title, i.status, i.progress FROM BacklogItem i"
        + " JOIN i.clusterIds c WHERE c IN :clusterIds AND i.status IN :published ORDER BY i.id")
@NamedQuery(name = LinkChange.ITEMS_OF_KPI, query = "SELECT i.id FROM BacklogItem i JOIN i.kpiIds k"
        + " WHERE k = :kpiId AND i.status IN :statuses ORDER BY i.id")
@NamedQuery(name = LinkChange.CONTRIBUTORS, query = "SELECT k, i.id, i.title, i.status FROM BacklogItem i JOIN i.kpiIds k"
        + " WHERE i.status IN :published ORDER BY i.id")
public class LinkChange {

    /** An item's history, newest change first; within one change (a cluster and its needs) the cluster first. */
    public static final String OF_ITEM = "LinkChange.ofItem";
    /** id, title, status of needs in :statuses whose title matches :w1, :w2 and :w3, newest first. */
    public static final String NEEDS_BY_WORDS = "LinkChange.needsByWords";
    public static final String NEEDS_BY_IDS = "LinkChange.needsByIds";
    /** id, title of clusters whose title matches :w1, :w2 and :w3. */
    public static final String CLUSTERS_BY_WORDS = "LinkChange.clustersByWords";
    public static final String CLUSTERS_BY_IDS = "LinkChange.clustersByIds";
    /** id, title, status of items in :statuses whose title matches :w1, :w2 and :w3. */
    public static final String ITEMS_BY_WORDS = "LinkChange.itemsByWords";
    /** id, title, status of the items a need is linked to. */
    public static final String ITEMS_OF_NEED = "LinkChange.itemsOfNeed";
    /** cluster id, item id, title, status, progress of the published items that link the clusters. */
    public static final String CLUSTER_DESTINATIONS = "LinkChange.clusterDestinations";
    /** ids of the items in :statuses that contribute to a KPI. */
    public static final String ITEMS_OF_KPI = "LinkChange.itemsOfKpi";
    /** KPI id, item id, title, status of the published items contributing to KPIs. */
    public static final String CONTRIBUTORS = "LinkChange.contributors";
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 15)
    private LinkKind kind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "linked", nullable = false, updatable = false)
    private boolean linked;

    @Column(name = "reason", updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "via_cluster_id", updatable = false)
    private Long viaClusterId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected LinkChange() {
        // for JPA
    }

    private LinkChange(long itemId, LinkKind kind, long targetId, boolean linked, String reason, Long viaClusterId,
                       String changedBy, Instant changedAt) {
        this.itemId = itemId;
        this.kind = Objects.requireNonNull(kind);
        this.targetId = targetId;
        this.linked = linked;
        this.reason = reason;
        this.viaClusterId = viaClusterId;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    /** A link made; {@code viaCluster} names the cluster a need came with (null: linked on its own). */
    public static LinkChange linked(long itemId, LinkKind kind, long targetId, Long viaCluster, String by, Instant now) {
        return new LinkChange(itemId, kind, targetId, true, null, viaCluster, by, now);
    }

    /** A link taken back, with the office's reason (10–500 characters, else IllegalArgumentException). */
    public static LinkChange unlinked(long itemId, LinkKind kind, long targetId, String reason, Long viaCluster,
                                      String by, Instant now) {
        return new LinkChange(itemId, kind, targetId, false, reason(reason), viaCluster, by, now);
    }

    /** The reason cleaned as it is stored; refused when shorter than 10 or longer than 500 characters. */
    public static String reason(String typed) {
        String text = CleanText.multiline(typed);
        int length = CleanText.length(text);
        if (length < REASON_MIN || length > REASON_MAX) {
            throw Refusal.invalid("reason", "backlog.links.error.reason").because("an unlink reason of 10 to 500 characters");
        }
        return text;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public LinkKind kind() {
        return kind;
    }

    public long targetId() {
        return targetId;
    }

    public boolean linked() {
        return linked;
    }

    public String reason() {
        return reason;
    }

    public Long viaClusterId() {
        return viaClusterId;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
