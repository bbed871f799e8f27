package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The stored number of distinct supporters of an item's linked needs (table backlog_item_supporters, V6): counting
 * them live takes seconds with millions of supports, so they are counted again for an item when its needs or their
 * supports change, for uncounted items before a ranking and hourly for all open items (control.SupporterCounts).
 * Here also the other set-based reads of an item's reach: case volumes and OZG gain of its affected services.
 */
@Entity
@Table(name = "backlog_item_supporters")
@NamedQuery(name = SupporterCount.ITEMS_OF_NEEDS, query = "SELECT DISTINCT i.id FROM BacklogItem i JOIN i.needIds n"
        + " WHERE n IN :needIds AND i.status IN :open")
@NamedNativeQuery(name = SupporterCount.SERVICE_FIGURES, query = "SELECT bis.item_id, COALESCE(SUM(s.case_volume), 0),"
        + " SUM(CASE WHEN s.case_volume IS NULL THEN 1 ELSE 0 END),"
        + " MAX(CASE WHEN s.ozg_target > 0 THEN GREATEST(s.ozg_target - s.ozg_level, 0) END)"
        + " FROM backlog_item_service bis JOIN service s ON s.id = bis.service_id GROUP BY bis.item_id")
@NamedNativeQuery(name = SupporterCount.SUPPORTERS, query = "SELECT item_id, supporters FROM backlog_item_supporters")
@NamedNativeQuery(name = SupporterCount.COUNT_SUPPORTERS_OF_OPEN, query = "INSERT INTO backlog_item_supporters"
        + " (item_id, supporters, counted_at) SELECT i.id, (SELECT COUNT(DISTINCT ns.profile_id) FROM backlog_item_need bin"
        + " JOIN need_support ns ON ns.need_id = bin.need_id WHERE bin.item_id = i.id), ? FROM backlog_item i"
        + " WHERE i.status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS')"
        + " ON DUPLICATE KEY UPDATE supporters = VALUES(supporters), counted_at = VALUES(counted_at)")
@NamedNativeQuery(name = SupporterCount.COUNT_SUPPORTERS_OF_UNCOUNTED, query = "INSERT INTO backlog_item_supporters"
        + " (item_id, supporters, counted_at) SELECT i.id, (SELECT COUNT(DISTINCT ns.profile_id) FROM backlog_item_need bin"
        + " JOIN need_support ns ON ns.need_id = bin.need_id WHERE bin.item_id = i.id), ? FROM backlog_item i"
        + " WHERE i.status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS')"
        + " AND NOT EXISTS (SELECT 1 FROM backlog_item_supporters c WHERE c.item_id = i.id)")
@NamedNativeQuery(name = SupporterCount.COUNT_SUPPORTERS_OF_ITEM, query = "INSERT INTO backlog_item_supporters"
        + " (item_id, supporters, counted_at) SELECT i.id, (SELECT COUNT(DISTINCT ns.profile_id) FROM backlog_item_need bin"
        + " JOIN need_support ns ON ns.need_id = bin.need_id WHERE bin.item_id = i.id), ? FROM backlog_item i WHERE i.id = ?"
        + " ON DUPLICATE KEY UPDATE supporters = VALUES(supporters), counted_at = VALUES(counted_at)")
@NamedNativeQuery(name = SupporterCount.SERVICE_FIGURES_OF_ITEM, query = "SELECT bis.item_id, COALESCE(SUM(s.case_volume), 0),"
        + " SUM(CASE WHEN s.case_volume IS NULL THEN 1 ELSE 0 END),"
        + " MAX(CASE WHEN s.ozg_target > 0 THEN GREATEST(s.ozg_target - s.ozg_level, 0) END)"
        + " FROM backlog_item_service bis JOIN service s ON s.id = bis.service_id WHERE bis.item_id = ? GROUP BY bis.item_id")
@NamedNativeQuery(name = SupporterCount.SUPPORTERS_OF_ITEM, query = "SELECT item_id, supporters FROM backlog_item_supporters"
        + " WHERE item_id = ?")
public class SupporterCount {

    /** The items in the given statuses (:open) that the given needs (:needIds) feed. */
    public static final String ITEMS_OF_NEEDS = "SupporterCount.itemsOfNeeds";
    /** item id, sum of case volumes (missing as 0), services without volume, max OZG gain (null: no target). */
    public static final String SERVICE_FIGURES = "SupporterCount.serviceFigures";
    /** item id, distinct supporters over the linked needs. */
    public static final String SUPPORTERS = "SupporterCount.supporters";
    /** The same two for one item, for its page. */
    public static final String SERVICE_FIGURES_OF_ITEM = "SupporterCount.serviceFiguresOfItem";
    public static final String SUPPORTERS_OF_ITEM = "SupporterCount.supportersOfItem";
    public static final String COUNT_SUPPORTERS_OF_OPEN = "SupporterCount.countSupportersOfOpen";
    public static final String COUNT_SUPPORTERS_OF_ITEM = "SupporterCount.countSupportersOfItem";
    public static final String COUNT_SUPPORTERS_OF_UNCOUNTED = "SupporterCount.countSupportersOfUncounted";

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "supporters", nullable = false)
    private long supporters;

    @Column(name = "counted_at", nullable = false)
    private Instant countedAt;

    protected SupporterCount() {
        // rows are written by the counting statements above
    }

    public long supporters() {
        return supporters;
    }

    public Instant countedAt() {
        return countedAt;
    }
}
