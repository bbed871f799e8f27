package de.mitwirken.backlog.boundary;

import java.util.Map;

/**
 * Something happened to a backlog item that the people behind it hear of ("you said – we did"): the submitters,
 * supporters and followers of its needs, and those who follow the item itself. Fired as a CDI event by the
 * backlog's boundaries inside the transaction of the change (Event&lt;ItemNews&gt;.fire), after the change is made,
 * so that what is told and what is stored commit together; the notifications observe it and write to the outbox
 * and the digest. Values are plain texts for the mails (title, dates as ISO dates, reasons as the office wrote them).
 *
 * @param needId    the need concerned (NEED_LINKED, NEED_UNLINKED); null otherwise
 * @param clusterId the cluster concerned (CLUSTER_LINKED, CLUSTER_UNLINKED); null otherwise
 */
public record ItemNews(long itemId, Kind kind, Long needId, Long clusterId, Map<String, String> values) {

    public enum Kind {
        /** A need was linked to the item. Told: the people of that need. values: - */
        NEED_LINKED,
        /** A need was unlinked. Told: the people of that need. values: reason */
        NEED_UNLINKED,
        /** A cluster (and with it its needs) was linked. Told: the people of the cluster's needs. values: - */
        CLUSTER_LINKED,
        /** A cluster was unlinked. Told: the people of the cluster's needs. values: reason */
        CLUSTER_UNLINKED,
        /** The item's status changed. Told: everyone behind the item. values: from, to (ItemStatus names) */
        STATUS_CHANGED,
        /** A milestone was reached (completed). values: milestone (title), date */
        MILESTONE_REACHED,
        /** A milestone's date moved. values: milestone (title), from, to (ISO dates), reason */
        MILESTONE_MOVED,
        /** The office published progress. values: progress (0–100) */
        PROGRESS_PUBLISHED,
        /** A KPI the item contributes to got a measurement that changed its traffic light. values: kpi (name), from, to (KpiStatus names) */
        KPI_LIGHT_CHANGED
    }

    public ItemNews {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static ItemNews of(long itemId, Kind kind, Map<String, String> values) {
        return new ItemNews(itemId, kind, null, null, values);
    }

    public static ItemNews aboutNeed(long itemId, Kind kind, long needId, Map<String, String> values) {
        return new ItemNews(itemId, kind, needId, null, values);
    }

    public static ItemNews aboutCluster(long itemId, Kind kind, long clusterId, Map<String, String> values) {
        return new ItemNews(itemId, kind, null, clusterId, values);
    }
}
