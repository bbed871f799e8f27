package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogScoring;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Divergence;
import de.mitwirken.backlog.entity.ItemLink;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.RankOverride;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.WeightSet;
import de.mitwirken.backlog.entity.Weights;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The item detail shared by the office's backlog and the public roadmap, and the titles of linked items. */
final class BacklogReads {

    /** What a list of links needs to know of the item at the other end. */
    record Head(long id, String title, ItemStatus status) {
    }

    private BacklogReads() {
    }

    /**
     * The item with its links (other ends' titles, whether they are public, a conflict's divergence) and its
     * score explained by the weight set of its last ranking (the current one, or the defaults, for an item
     * never ranked), from today's case volumes and supports.
     */
    static ItemDetail detail(EntityManager em, BacklogScoring scoring, BacklogItem item, Set<ItemStatus> published) {
        List<ItemLink> links = em.createNamedQuery(ItemLink.OF_ITEM, ItemLink.class).setParameter("itemId", item.id())
                .getResultList();
        Map<Long, Head> heads = heads(em, links.stream().map(l -> l.otherEnd(item.id())).toList());
        heads.put(item.id(), new Head(item.id(), item.title(), item.status()));
        Map<Long, DivergenceView> divergences = links.isEmpty() ? Map.of()
                : em.createNamedQuery(Divergence.OF_LINKS, Divergence.class)
                        .setParameter("linkIds", links.stream().map(ItemLink::id).toList()).getResultStream()
                        .collect(Collectors.toMap(d -> d.link().id(), d -> DivergenceView.of(d, heads)));
        List<ItemDetail.LinkView> linkViews = links.stream().map(l -> {
            Head other = heads.get(l.otherEnd(item.id()));
            return new ItemDetail.LinkView(l.id(), other.id(), other.title(), published.contains(other.status()), l.type(),
                    l.fromItemId() == item.id(), divergences.get(l.id()));
        }).toList();
        WeightSet weightSet = item.weightSetId() != null ? em.find(WeightSet.class, item.weightSetId())
                : scoring.currentWeightSet().orElse(null);
        Weights weights = weightSet == null ? Weights.DEFAULT : weightSet.weights();
        Score score = scoring.explain(item, weights, weightSet == null ? null : weightSet.id());
        String justification = item.manualRank() == null ? null
                : em.createNamedQuery(RankOverride.OF_ITEM, RankOverride.class).setParameter("itemId", item.id())
                        .setMaxResults(1).getResultStream().findFirst().map(RankOverride::justification).orElse(null);
        return ItemDetail.of(item, linkViews, score, justification);
    }

    /** Id, title and status of the given items, in one query. */
    static Map<Long, Head> heads(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createNamedQuery(BacklogItem.HEADS, Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().map(r -> new Head((Long) r[0], (String) r[1], (ItemStatus) r[2]))
                .collect(Collectors.toMap(Head::id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    static String title(Map<Long, Head> heads, long id) {
        Head head = heads.get(id);
        return head == null ? "#" + id : head.title();
    }
}
