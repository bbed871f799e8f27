package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogScoring;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemLink;
import de.mitwirken.backlog.entity.RankOverride;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.WeightSet;
import de.mitwirken.backlog.entity.Weights;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The item detail shared by the office's backlog and the public roadmap. */
final class BacklogReads {

    private BacklogReads() {
    }

    /**
     * The item with its links and its score explained by the weight set of its last ranking (the current
     * one, or the defaults, for an item never ranked), from today's case volumes and supports.
     */
    static ItemDetail detail(EntityManager em, BacklogScoring scoring, BacklogItem item) {
        List<ItemLink> links = em.createNamedQuery(ItemLink.OF_ITEM, ItemLink.class).setParameter("itemId", item.id())
                .getResultList();
        WeightSet weightSet = item.weightSetId() != null ? em.find(WeightSet.class, item.weightSetId())
                : scoring.currentWeightSet().orElse(null);
        Weights weights = weightSet == null ? Weights.DEFAULT : weightSet.weights();
        Score score = scoring.explain(item, weights, weightSet == null ? null : weightSet.id());
        String justification = item.manualRank() == null ? null
                : em.createNamedQuery(RankOverride.OF_ITEM, RankOverride.class).setParameter("itemId", item.id())
                        .setMaxResults(1).getResultStream().findFirst().map(RankOverride::justification).orElse(null);
        return ItemDetail.of(item, links, score, justification);
    }
}
