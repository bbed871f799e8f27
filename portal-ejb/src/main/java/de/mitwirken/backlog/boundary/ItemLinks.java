package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.boundary.ItemConnections.Change;
import de.mitwirken.backlog.boundary.ItemConnections.Ref;
import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.ItemLinking;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.backlog.entity.LinkKind;
import de.mitwirken.backlog.entity.LinkQuery;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backlog item answers and serves: the strategy office links and unlinks needs, clusters (with their
 * needs) and board recommendations, an unlink always with a reason that the link history keeps, and the KPIs the
 * item contributes to; a moderator links a need to an open item from the moderation page. Every change is audited
 * (see {@link ItemLinking} for the locking and the {@link ItemNews} it fires). Refusals: {@code InvalidInput} with
 * the field ("query", "need", "cluster", "recommendation", "kpi", "target", "reason"), {@code NotAllowed} for a
 * dropped item or, for a moderator, a closed one.
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class ItemLinks {

    private static final Set<ItemStatus> OPEN = EnumSet.of(ItemStatus.PROPOSED, ItemStatus.ASSESSED,
            ItemStatus.PRIORITISED, ItemStatus.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;
    @Inject
    ItemLinking linking;
    @Inject
    BacklogConfig config;
    @Resource
    SessionContext session;

    /** Everything the item is linked to, with titles and states, and its link history (newest first). */
    public ItemConnections connections(long itemId) {
        BacklogItem item = Rows.find(em, BacklogItem.class, itemId);
        List<LinkChange> changes = em.createNamedQuery(LinkChange.OF_ITEM, LinkChange.class).setParameter("itemId", itemId)
                .getResultList();
        Set<Long> needIds = new HashSet<>(item.needIds());
        Set<Long> clusterIds = new HashSet<>(item.clusterIds());
        Set<Long> recommendationIds = new HashSet<>(item.recommendationIds());
        for (LinkChange c : changes) {
            (c.kind() == LinkKind.NEED ? needIds : c.kind() == LinkKind.CLUSTER ? clusterIds : recommendationIds)
                    .add(c.targetId());
        }
        Map<Long, Ref> needs = linking.needs(needIds, false);
        Map<Long, Ref> clusters = linking.clusters(clusterIds);
        Map<Long, Ref> recommendations = linking.recommendations(recommendationIds);
        Map<Long, Ref> kpis = linking.kpis(item.kpiIds());
        List<Change> history = changes.stream().map(c -> {
            Ref target = (c.kind() == LinkKind.NEED ? needs : c.kind() == LinkKind.CLUSTER ? clusters : recommendations)
                    .get(c.targetId());
            return new Change(c.kind(), c.targetId(), target == null ? null : target.title(), c.linked(), c.reason(),
                    c.viaClusterId(), c.changedBy(), c.changedAt());
        }).toList();
        return new ItemConnections(itemId, refs(item.needIds(), needs), refs(item.clusterIds(), clusters),
                refs(item.recommendationIds(), recommendations), List.copyOf(kpis.values()), history);
    }

    /** Needs to link, by number or by words of the title (needs in moderation or public; newest first, at most 20). */
    public List<Ref> findNeeds(String typed) {
        return linking.findNeeds(query(typed));
    }

    /** Clusters to link, by number or by words of the title. */
    public List<Ref> findClusters(String typed) {
        return linking.findClusters(query(typed));
    }

    /** Board recommendations to link, by number or by words of the title. */
    public List<Ref> findRecommendations(String typed) {
        return linking.findRecommendations(query(typed));
    }

    /** Every KPI (number and name), for choosing the ones an item contributes to. */
    public List<Ref> kpiChoices() {
        return em.createNamedQuery(Kpi.NAMES, Object[].class).getResultStream()
                .map(r -> new Ref((Long) r[0], (String) r[1], null)).toList();
    }

    /** Open items (not done, not dropped) by number or by words of the title, to link a need to. */
    @RolesAllowed({BacklogPermissions.MANAGE, BacklogPermissions.LINK_NEEDS})
    public List<Ref> findOpenItems(String typed) {
        return linking.findItems(query(typed), OPEN);
    }

    /** The items a need is linked to, whatever their status. */
    @RolesAllowed({BacklogPermissions.MANAGE, BacklogPermissions.LINK_NEEDS})
    public List<Ref> itemsOfNeed(long needId) {
        return em.createNamedQuery(LinkChange.ITEMS_OF_NEED, Object[].class).setParameter("needId", needId)
                .getResultStream().map(r -> new Ref((Long) r[0], (String) r[1], "backlog.status." + r[2])).toList();
    }

    /**
     * Links a need to an item; false when it was linked already. The strategy office links to any item that is
     * not dropped; a moderator (who is not also in the office) only to an open one.
     */
    @RolesAllowed({BacklogPermissions.MANAGE, BacklogPermissions.LINK_NEEDS})
    public boolean linkNeed(long itemId, long needId) {
        return linking.linkNeed(itemId, needId, !BacklogPermissions.mayManage(session::isCallerInRole), caller());
    }

    /** Links a cluster and every need in it; false when the cluster was linked already. */
    public boolean linkCluster(long itemId, long clusterId) {
        return linking.linkCluster(itemId, clusterId, caller());
    }

    /** Links a recommendation of the advisory board; false when it was linked already. */
    public boolean linkRecommendation(long itemId, long recommendationId) {
        return linking.linkRecommendation(itemId, recommendationId, caller());
    }

    /** Unlinks a need, cluster or recommendation with a reason of 10 to 500 characters, which the history keeps. */
    public void unlink(long itemId, LinkKind kind, long targetId, String reason) {
        if (kind == null) {
            throw InvalidInput.of("target", "backlog.links.error.notLinked");
        }
        switch (kind) {
            case NEED -> linking.unlinkNeed(itemId, targetId, reason, caller());
            case CLUSTER -> linking.unlinkCluster(itemId, targetId, reason, caller());
            case RECOMMENDATION -> linking.unlinkRecommendation(itemId, targetId, reason, caller());
        }
    }

    /** The item contributes to a KPI; false when it did already. */
    public boolean linkKpi(long itemId, long kpiId) {
        return linking.linkKpi(itemId, kpiId);
    }

    public void unlinkKpi(long itemId, long kpiId) {
        linking.unlinkKpi(itemId, kpiId);
    }

    /** For the public item page: the clusters a published item answers and the recommendations it takes up. */
    @PermitAll
    public ItemConnections.Published published(long itemId) {
        BacklogItem item = em.find(BacklogItem.class, itemId);
        if (item == null || !config.publishedStatuses().contains(item.status())) {
            return ItemConnections.Published.NONE;
        }
        Map<Long, Ref> clusters = linking.clusters(item.clusterIds());
        return new ItemConnections.Published(List.copyOf(clusters.values()), List.copyOf(item.recommendationIds()));
    }

    private static LinkQuery query(String typed) {
        LinkQuery query = LinkQuery.of(typed);
        if (query.isEmpty()) {
            throw InvalidInput.of("query", "backlog.links.error.query");
        }
        return query;
    }

    /** The linked ones in the order of their numbers; one that no longer exists keeps its number without title. */
    private static List<Ref> refs(Set<Long> ids, Map<Long, Ref> known) {
        return ids.stream().sorted().map(id -> known.getOrDefault(id, new Ref(id, null, null))).toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
