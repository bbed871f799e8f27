package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.LinkKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a backlog item is linked to, as the office sees it on the item page: needs, clusters, board
 * recommendations and KPIs, and the history of linking and unlinking (newest first).
 */
public record ItemConnections(long itemId, List<Ref> needs, List<Ref> clusters, List<Ref> recommendations,
                              List<Ref> kpis, List<Change> history) implements Serializable {

    /**
     * Something linked or found to link: number, title and its state as a key of the portal's message bundle
     * (null: it has none, e.g. a cluster). A title of null means the target no longer exists.
     */
    public record Ref(long id, String title, String stateKey) implements Serializable {
    }

    /** One link or unlink: what, by whom, when, the reason of an unlink, the cluster a need came or went with. */
    public record Change(LinkKind kind, long targetId, String title, boolean linked, String reason, Long viaClusterId,
                         String by, Instant at) implements Serializable {
    }

    /** What the public item page adds: the clusters it answers and the recommendations it takes up. */
    public record Published(List<Ref> clusters, List<Long> recommendationIds) implements Serializable {

        public static final Published NONE = new Published(List.of(), List.of());
    }
}
