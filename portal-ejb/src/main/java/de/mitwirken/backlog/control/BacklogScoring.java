package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.SupporterCount;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.RankingRun;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.WeightSet;
import de.mitwirken.backlog.entity.Weights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores and ranks the open backlog. The reach inputs of all items come from two set-based queries (case
 * volumes and OZG gain per item; the stored distinct supporters per item, see {@link SupporterCounts}),
 * never from a query per item, so that re-ranking after a weight or catalogue change stays fast.
 */
@ApplicationScoped
public class BacklogScoring {

    /** Items that take part in the ranking: everything not yet done or dropped. */
    public static final Set<ItemStatus> OPEN = Set.of(ItemStatus.PROPOSED, ItemStatus.ASSESSED, ItemStatus.PRIORITISED,
            ItemStatus.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    public Optional<WeightSet> currentWeightSet() {
        return em.createNamedQuery(WeightSet.NEWEST_FIRST, WeightSet.class).setMaxResults(1).getResultStream().findFirst();
    }

    public List<BacklogItem> openItems() {
        return em.createNamedQuery(BacklogItem.IN_STATUSES, BacklogItem.class).setParameter("statuses", OPEN)
                .getResultList();
    }

    /** Ranks the given items with the given weights, without changing anything. */
    public List<Ranking.Ranked> rank(List<BacklogItem> items, Weights weights, Long weightSetId) {
        Inputs inputs = inputs(null);
        return Ranking.rank(items.stream().map(i -> new Ranking.Entry(i.id(),
                Scoring.score(inputs.of(i), weights, weightSetId), i.manualRank())).toList());
    }

    /**
     * Ranks the open items (as {@link #openItems()} read them, in this transaction) with the weight set and stores
     * score, rank and weight set of each item whose outcome changed (only those: an unchanged item's row is not
     * written), with a statement that leaves the item's version alone (see {@link BacklogItem#isRankedAs}).
     */
    public List<Ranking.Ranked> rescore(List<BacklogItem> items, WeightSet weightSet, Instant now) {
        List<Ranking.Ranked> ranked = rank(items, weightSet.weights(), weightSet.id());
        Map<Long, BacklogItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        Timestamp at = Timestamp.from(now);
        for (Ranking.Ranked r : ranked) {
            boolean complete = r.score().complete();
            Double score = complete ? r.score().value() : null;
            Double normalised = complete ? r.normalised() : null;
            if (!byId.get(r.itemId()).isRankedAs(r.rank(), score, normalised, weightSet.id())) {
                em.createNamedQuery(RankingRun.STORE_RANK).setParameter(1, r.rank()).setParameter(2, score)
                        .setParameter(3, normalised).setParameter(4, weightSet.id()).setParameter(5, at)
                        .setParameter(6, r.itemId()).executeUpdate();
            }
        }
        return ranked;
    }

    /** One item's score with its explanation, as the given weight set computes it from today's data. */
    public Score explain(BacklogItem item, Weights weights, Long weightSetId) {
        return Scoring.score(inputs(item.id()).of(item), weights, weightSetId);
    }

    /** The reach inputs of all items, or of one (itemId not null). */
    private Inputs inputs(Long itemId) {
        Query figureQuery = itemId == null ? em.createNamedQuery(SupporterCount.SERVICE_FIGURES)
                : em.createNamedQuery(SupporterCount.SERVICE_FIGURES_OF_ITEM).setParameter(1, itemId);
        Query supporterQuery = itemId == null ? em.createNamedQuery(SupporterCount.SUPPORTERS)
                : em.createNamedQuery(SupporterCount.SUPPORTERS_OF_ITEM).setParameter(1, itemId);
        Map<Long, Object[]> figures = new HashMap<>();
        for (Object row : figureQuery.getResultList()) {
            Object[] r = (Object[]) row;
            figures.put(number(r[0]).longValue(), r);
        }
        Map<Long, Long> supporters = new HashMap<>();
        for (Object row : supporterQuery.getResultList()) {
            Object[] r = (Object[]) row;
            supporters.put(number(r[0]).longValue(), number(r[1]).longValue());
        }
        return new Inputs(figures, supporters);
    }

    private record Inputs(Map<Long, Object[]> figures, Map<Long, Long> supporters) {

        ScoreInputs of(BacklogItem item) {
            Object[] f = figures.getOrDefault(item.id(), new Object[] {item.id(), 0, 0, null});
            return new ScoreInputs(number(f[1]).longValue(), number(f[2]).intValue(),
                    supporters.getOrDefault(item.id(), 0L), f[3] == null ? null : number(f[3]).intValue(),
                    item.impactRating(), item.confidence(), item.boardConfidence(), item.effort());
        }
    }

    /** Native queries answer with the driver's number types (BigDecimal for sums, Long for counts). */
    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalStateException("unexpected query value: " + value);
    }
}
