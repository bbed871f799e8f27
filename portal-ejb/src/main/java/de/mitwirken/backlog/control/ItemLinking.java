package de.mitwirken.backlog.control;

import de.mitwirken.backlog.boundary.ItemConnections.Ref;
import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.boundary.RecommendationCatalogue;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.backlog.entity.LinkKind;
import de.mitwirken.backlog.entity.LinkQuery;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Linking and unlinking needs, clusters, board recommendations and KPIs to a backlog item: the procedure behind
 * the use cases of {@code boundary.ItemLinks}, which checks who may call. Every change first locks the item row
 * ({@code SELECT … FOR UPDATE}) and then reads its links, so two people linking the same need at once make one
 * link, one history row and one {@link ItemNews}; the primary keys of the link tables are the last line of
 * defence. Each change is audited, written to the link history (needs, clusters, recommendations) and, for needs
 * and clusters, told as {@link ItemNews} inside the transaction.
 */
@Stateless
public class ItemLinking {

    /** Needs that can be linked: in moderation or public; not unconfirmed ones, not rejected ones. */
    public static final Set<NeedStatus> LINKABLE_NEEDS = EnumSet.of(NeedStatus.SUBMITTED, NeedStatus.IN_REVIEW,
            NeedStatus.PUBLISHED, NeedStatus.ANSWERED);
    static final int FOUND_MAX = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    SupporterCounts supporterCounts;
    @Inject
    Event<ItemNews> news;
    @Inject
    @Any
    Instance<RecommendationCatalogue> catalogues;

    /** Links a need; false when it was linked already. {@code openItemsOnly}: a final item is refused (moderators). */
    public boolean linkNeed(long itemId, long needId, boolean openItemsOnly, String by) {
        if (needs(Set.of(needId), true).isEmpty()) {
            throw InvalidInput.of("need", "backlog.links.error.need");
        }
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        if (openItemsOnly && item.status().isFinal()) {
            throw new NotAllowed("backlog.links.error.itemClosed");
        }
        if (item.linkNeeds(Set.of(needId)).isEmpty()) {
            return false;
        }
        em.persist(LinkChange.linked(itemId, LinkKind.NEED, needId, null, by, now()));
        audit.record("backlog.item.linkNeed", "backlog-item", itemId, "need " + needId + " linked: " + item.title(),
                Map.of("need", needId, "linked", false), Map.of("need", needId, "linked", true));
        supporterCounts.countFor(itemId);
        news.fire(ItemNews.aboutNeed(itemId, ItemNews.Kind.NEED_LINKED, needId, Map.of()));
        return true;
    }

    /** Links a cluster and its needs; false when the cluster was linked already. */
    public boolean linkCluster(long itemId, long clusterId, String by) {
        if (clusters(Set.of(clusterId)).isEmpty()) {
            throw InvalidInput.of("cluster", "backlog.links.error.cluster");
        }
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        if (item.clusterIds().contains(clusterId)) {
            return false;
        }
        Set<Long> added = item.linkCluster(clusterId, needsOfCluster(clusterId));
        clusterLinked(item, clusterId, added, by);
        return true;
    }

    /**
     * After a cluster was linked to an item (also one just created from it): the history (the cluster, and each
     * need that came with it), the audit entry, the supporter count and one CLUSTER_LINKED, not one per need.
     */
    public void clusterLinked(BacklogItem item, long clusterId, Set<Long> addedNeeds, String by) {
        Instant now = now();
        em.persist(LinkChange.linked(item.id(), LinkKind.CLUSTER, clusterId, null, by, now));
        em.flush(); // the cluster's row first: EclipseLink inserts new rows of one class in no particular order
        addedNeeds.forEach(needId -> em.persist(LinkChange.linked(item.id(), LinkKind.NEED, needId, clusterId, by, now)));
        audit.record("backlog.item.linkCluster", "backlog-item", item.id(), "cluster " + clusterId + " linked with "
                + addedNeeds.size() + " needs: " + item.title(), Map.of("cluster", clusterId, "linked", false),
                Map.of("cluster", clusterId, "linked", true, "needsAdded", addedNeeds));
        supporterCounts.countFor(item.id());
        news.fire(ItemNews.aboutCluster(item.id(), ItemNews.Kind.CLUSTER_LINKED, clusterId, Map.of()));
    }

    /** Takes up a board recommendation (confirmed by the board's catalogue); false when it was linked already. */
    public boolean linkRecommendation(long itemId, long recommendationId, String by) {
        if (recommendations(Set.of(recommendationId)).isEmpty()) {
            throw InvalidInput.of("recommendation", "backlog.links.error.recommendation");
        }
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        if (!item.linkRecommendation(recommendationId)) {
            return false;
        }
        em.persist(LinkChange.linked(itemId, LinkKind.RECOMMENDATION, recommendationId, null, by, now()));
        audit.record("backlog.item.linkRecommendation", "backlog-item", itemId, "recommendation " + recommendationId
                + " linked: " + item.title(), Map.of("recommendation", recommendationId, "linked", false),
                Map.of("recommendation", recommendationId, "linked", true));
        return true;
    }

    public void unlinkNeed(long itemId, long needId, String reason, String by) {
        String why = LinkChange.reason(reason);
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        item.unlinkNeed(needId);
        em.persist(LinkChange.unlinked(itemId, LinkKind.NEED, needId, why, null, by, now()));
        audit.record("backlog.item.unlinkNeed", "backlog-item", itemId, "need " + needId + " unlinked: " + item.title(),
                Map.of("need", needId, "linked", true), Map.of("need", needId, "linked", false, "reason", why));
        supporterCounts.countFor(itemId);
        news.fire(ItemNews.aboutNeed(itemId, ItemNews.Kind.NEED_UNLINKED, needId, Map.of("reason", why)));
    }

    /** Takes a cluster back with those of its needs that are linked (see {@link BacklogItem#unlinkCluster}). */
    public void unlinkCluster(long itemId, long clusterId, String reason, String by) {
        String why = LinkChange.reason(reason);
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        Set<Long> removed = item.unlinkCluster(clusterId, needsOfCluster(clusterId));
        Instant now = now();
        em.persist(LinkChange.unlinked(itemId, LinkKind.CLUSTER, clusterId, why, null, by, now));
        em.flush(); // the cluster's row first, as when linking
        removed.forEach(needId -> em.persist(LinkChange.unlinked(itemId, LinkKind.NEED, needId, why, clusterId, by, now)));
        audit.record("backlog.item.unlinkCluster", "backlog-item", itemId, "cluster " + clusterId + " unlinked with "
                + removed.size() + " needs: " + item.title(), Map.of("cluster", clusterId, "linked", true),
                Map.of("cluster", clusterId, "linked", false, "needsRemoved", removed, "reason", why));
        supporterCounts.countFor(itemId);
        news.fire(ItemNews.aboutCluster(itemId, ItemNews.Kind.CLUSTER_UNLINKED, clusterId, Map.of("reason", why)));
    }

    public void unlinkRecommendation(long itemId, long recommendationId, String reason, String by) {
        String why = LinkChange.reason(reason);
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        item.unlinkRecommendation(recommendationId);
        em.persist(LinkChange.unlinked(itemId, LinkKind.RECOMMENDATION, recommendationId, why, null, by, now()));
        audit.record("backlog.item.unlinkRecommendation", "backlog-item", itemId, "recommendation " + recommendationId
                + " unlinked: " + item.title(), Map.of("recommendation", recommendationId, "linked", true),
                Map.of("recommendation", recommendationId, "linked", false, "reason", why));
    }

    /** The item contributes to a KPI; false when it did already. */
    public boolean linkKpi(long itemId, long kpiId) {
        Kpi kpi = em.find(Kpi.class, kpiId);
        if (kpi == null) {
            throw InvalidInput.of("kpi", "backlog.itemKpis.error.kpi");
        }
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        if (!item.contributeTo(kpiId)) {
            return false;
        }
        audit.record("backlog.item.linkKpi", "backlog-item", itemId, "contributes to KPI " + kpi.name() + ": " + item.title(),
                Map.of("kpi", kpiId, "linked", false), Map.of("kpi", kpiId, "linked", true));
        return true;
    }

    public void unlinkKpi(long itemId, long kpiId) {
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        item.stopContributingTo(kpiId);
        audit.record("backlog.item.unlinkKpi", "backlog-item", itemId, "no longer contributes to KPI " + kpiId + ": "
                + item.title(), Map.of("kpi", kpiId, "linked", true), Map.of("kpi", kpiId, "linked", false));
    }

    /** Linkable needs by number or by words of the title (newest first); an unknown number is bad input. */
    public List<Ref> findNeeds(LinkQuery query) {
        if (query.number() != null) {
            return found(needs(Set.of(query.number()), true).values());
        }
        return em.createNamedQuery(LinkChange.NEEDS_BY_WORDS, Object[].class).setParameter("statuses", LINKABLE_NEEDS)
                .setParameter("w1", query.pattern(0)).setParameter("w2", query.pattern(1)).setParameter("w3", query.pattern(2))
                .setMaxResults(FOUND_MAX).getResultStream().map(ItemLinking::need).toList();
    }

    public List<Ref> findClusters(LinkQuery query) {
        if (query.number() != null) {
            return found(clusters(Set.of(query.number())).values());
        }
        return em.createNamedQuery(LinkChange.CLUSTERS_BY_WORDS, Object[].class).setParameter("w1", query.pattern(0))
                .setParameter("w2", query.pattern(1)).setParameter("w3", query.pattern(2)).setMaxResults(FOUND_MAX)
                .getResultStream().map(r -> new Ref((Long) r[0], (String) r[1], null)).toList();
    }

    public List<Ref> findRecommendations(LinkQuery query) {
        if (query.number() != null) {
            return found(recommendations(Set.of(query.number())).values());
        }
        return catalogue().map(c -> c.byWords(query.words(), FOUND_MAX).stream().map(ItemLinking::recommendation).toList())
                .orElse(List.of());
    }

    /** Items in these statuses by number or by words of the title. */
    public List<Ref> findItems(LinkQuery query, Set<ItemStatus> statuses) {
        if (query.number() != null) {
            BacklogItem item = em.find(BacklogItem.class, query.number());
            if (item == null || !statuses.contains(item.status())) {
                throw InvalidInput.of("query", "backlog.links.error.unknownNumber");
            }
            return List.of(new Ref(item.id(), item.title(), "backlog.status." + item.status()));
        }
        return em.createNamedQuery(LinkChange.ITEMS_BY_WORDS, Object[].class).setParameter("statuses", statuses)
                .setParameter("w1", query.pattern(0)).setParameter("w2", query.pattern(1)).setParameter("w3", query.pattern(2))
                .setMaxResults(FOUND_MAX).getResultStream()
                .map(r -> new Ref((Long) r[0], (String) r[1], "backlog.status." + r[2])).toList();
    }

    /** Id → need (title, state) of the existing ones among these; {@code linkableOnly}: only needs that may be linked. */
    public Map<Long, Ref> needs(Collection<Long> ids, boolean linkableOnly) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(LinkChange.NEEDS_BY_IDS, Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().filter(r -> !linkableOnly || LINKABLE_NEEDS.contains((NeedStatus) r[2]))
                .map(ItemLinking::need).collect(Collectors.toMap(Ref::id, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    public Map<Long, Ref> clusters(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(LinkChange.CLUSTERS_BY_IDS, Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> new Ref((Long) r[0], (String) r[1], null),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The existing recommendations among these ids, as the board's catalogue names them (none without the board). */
    public Map<Long, Ref> recommendations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ref> found = new HashMap<>();
        catalogue().ifPresent(c -> c.byIds(ids).forEach((id, entry) -> found.put(id, recommendation(entry))));
        return found;
    }

    public Map<Long, Ref> kpis(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Kpi.BY_IDS, Kpi.class).setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(Kpi::id, k -> new Ref(k.id(), k.name(), null), (a, b) -> a, LinkedHashMap::new));
    }

    private Optional<RecommendationCatalogue> catalogue() {
        return catalogues.isResolvable() ? Optional.of(catalogues.get()) : Optional.empty();
    }

    private Set<Long> needsOfCluster(long clusterId) {
        return Set.copyOf(em.createNamedQuery(BacklogItem.NEEDS_OF_CLUSTER, Long.class).setParameter("clusterId", clusterId)
                .getResultList());
    }

    /** An unknown number is bad input of the search field, said next to it. */
    private static List<Ref> found(Collection<Ref> refs) {
        if (refs.isEmpty()) {
            throw InvalidInput.of("query", "backlog.links.error.unknownNumber");
        }
        return List.copyOf(refs);
    }

    private static Ref need(Object[] row) {
        return new Ref((Long) row[0], (String) row[1], "needs.status." + row[2]);
    }

    private static Ref recommendation(RecommendationCatalogue.Entry entry) {
        return new Ref(entry.id(), entry.title(), entry.stateKey());
    }

    private Instant now() {
        return clock.instant();
    }
}
