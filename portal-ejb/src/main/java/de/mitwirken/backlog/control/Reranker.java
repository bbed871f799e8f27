package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.RankingRun;
import de.mitwirken.backlog.entity.WeightSet;
import de.mitwirken.backlog.entity.Weights;
import de.mitwirken.platform.boundary.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks the open backlog under the ranking lock (row 1 of backlog_ranking), so that two nodes, or the background
 * job and "recompute now", never rank at the same time, and logs every run with its weight set
 * ({@link RankingRun}). The background job does not wait for the lock: a node that finds it taken leaves the run to
 * the one that holds it and tries again at its next tick.
 */
@Stateless
public class Reranker {

    /** Runs are kept this long (the newest shows on the office page; the rest is for questions about a rank). */
    static final Duration KEEP_RUNS = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;
    @Inject
    BacklogScoring scoring;
    @Inject
    SupporterCounts supporterCounts;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** A finished run: the log row, the items as ranked, and their ranks before. */
    public record Result(RankingRun run, List<BacklogItem> items, List<Ranking.Ranked> ranked, Map<Long, Integer> before) {
    }

    /** The background run: in a transaction of its own; empty if another node holds the lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<RankingRun> rerankIfFree(RankingRun.Cause cause, RankInputs.Work work) {
        Instant started = clock.instant();
        if (em.createNamedQuery(RankingRun.TRY_LOCK).getResultList().isEmpty() || !holdsEveryOpenItem()) {
            return Optional.empty();
        }
        if (work.recountAll()) {
            supporterCounts.countForAllOpenItems();
        } else {
            supporterCounts.countForItemsOfNeeds(work.needs());
        }
        return Optional.of(run(cause, AuditLog.SYSTEM, started).run());
    }

    /**
     * Takes the open items' rows before the run writes anything, without waiting; false (the run waits for the next
     * tick) when a person's transaction holds one. So a background run never waits for a row while it holds others:
     * the supporter counts' foreign key takes a shared lock on an item's row and the rank then needs it exclusively,
     * and an office edit of that item waiting in between made InnoDB see a deadlock and roll the edit back
     * (ItemLinksIT, when the run of the second before met a KPI being linked).
     */
    private boolean holdsEveryOpenItem() {
        int held = em.createNamedQuery(RankingRun.TRY_LOCK_OPEN_ITEMS).getResultList().size();
        long open = ((Number) em.createNamedQuery(RankingRun.COUNT_OPEN_ITEMS).getSingleResult()).longValue();
        return held >= open;
    }

    /**
     * The ranking lock, for a person's use case that changes an item and then ranks at once (a manual rank): taken
     * before the item's row, in the order every ranking takes them, so that it cannot deadlock with another person's
     * "recompute now".
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdRankingLock() {
        em.createNamedQuery(RankingRun.LOCK).getResultList();
    }

    /** A run a person asked for (or caused: weights, a manual rank), in their transaction; waits for the lock. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Result rerankNow(String by) {
        Instant started = clock.instant();
        em.createNamedQuery(RankingRun.LOCK).getResultList();
        return run(RankingRun.Cause.OFFICE, by, started);
    }

    /** The newest run, for the office page. */
    public Optional<RankingRun> lastRun() {
        return em.createNamedQuery(RankingRun.NEWEST_FIRST, RankingRun.class).setMaxResults(1).getResultStream().findFirst();
    }

    private Result run(RankingRun.Cause cause, String by, Instant started) {
        supporterCounts.countForUncounted();
        WeightSet weightSet = scoring.currentWeightSet().orElseGet(() -> {
            WeightSet first = new WeightSet(Weights.DEFAULT, "default weights", by, clock.instant());
            em.persist(first);
            em.flush();
            return first;
        });
        List<BacklogItem> items = scoring.openItems();
        Map<Long, Integer> before = new HashMap<>();
        items.forEach(i -> before.put(i.id(), i.rank()));
        List<Ranking.Ranked> ranked = scoring.rescore(items, weightSet, clock.instant());
        int changed = (int) ranked.stream().filter(r -> !Objects.equals(before.get(r.itemId()), r.rank())).count();
        RankingRun run = new RankingRun(started, clock.instant(), weightSet.id(), items.size(), changed, cause, by);
        em.persist(run);
        em.flush();
        em.createNamedQuery(RankingRun.MARK_LAST).setParameter(1, run.id()).executeUpdate();
        em.createNamedQuery(RankingRun.FORGET_BEFORE).setParameter(1, Timestamp.from(started.minus(KEEP_RUNS)))
                .executeUpdate();
        if (changed > 0 || cause == RankingRun.Cause.OFFICE) {
            Map<Long, Integer> after = new HashMap<>();
            ranked.forEach(r -> after.put(r.itemId(), r.rank()));
            before.values().removeIf(Objects::isNull);
            after.values().removeIf(Objects::isNull);
            audit.record("backlog.rescore", "weight-set", weightSet.id(), items.size() + " items ranked (" + cause
                    + ", " + changed + " ranks changed)", Map.of("ranks", before), Map.of("ranks", after));
        }
        return new Result(run, items, ranked, before);
    }
}
