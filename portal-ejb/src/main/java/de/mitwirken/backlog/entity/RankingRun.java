package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One ranking of the open backlog, as it was run: when, how long, with which weight set (its version), how many
 * items and how many of their ranks changed, what caused it and who (a person for "recompute now", otherwise the
 * system). Written once; the newest is what the office page shows.
 */
@Entity
@Table(name = "backlog_ranking_run")
@NamedQuery(name = RankingRun.NEWEST_FIRST, query = "SELECT r FROM RankingRun r ORDER BY r.id DESC")
@NamedQuery(name = RankingRun.COUNT_SINCE, query = "SELECT COUNT(r) FROM RankingRun r WHERE r.id > :afterId")
// the lock of the ranking (row 1 of backlog_ranking): a node that finds it taken leaves the run to the other one
@NamedNativeQuery(name = RankingRun.TRY_LOCK, query = "SELECT id FROM backlog_ranking WHERE id = 1 FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = RankingRun.LOCK, query = "SELECT id FROM backlog_ranking WHERE id = 1 FOR UPDATE")
@NamedNativeQuery(name = RankingRun.MARK_LAST, query = "UPDATE backlog_ranking SET last_run_id = ? WHERE id = 1")
// a run's outcome for one item: score, rank and weight set, without touching the item's version (see BacklogItem.isRankedAs)
@NamedNativeQuery(name = RankingRun.STORE_RANK, query = "UPDATE backlog_item SET item_rank = ?, score = ?,"
        + " score_normalised = ?, weight_set_id = ?, scored_at = ? WHERE id = ?")
// the rows a background run writes, taken before it writes anything and without waiting (Reranker.rerankIfFree);
// the statuses are BacklogScoring.OPEN
@NamedNativeQuery(name = RankingRun.TRY_LOCK_OPEN_ITEMS, query = "SELECT id FROM backlog_item"
        + " WHERE status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS') FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = RankingRun.COUNT_OPEN_ITEMS, query = "SELECT COUNT(*) FROM backlog_item"
        + " WHERE status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS')")
@NamedNativeQuery(name = RankingRun.FORGET_BEFORE, query = "DELETE FROM backlog_ranking_run WHERE started_at < ?")
public class RankingRun {

    public static final String NEWEST_FIRST = "RankingRun.newestFirst";
    public static final String COUNT_SINCE = "RankingRun.countSince";
    public static final String TRY_LOCK = "RankingRun.tryLock";
    public static final String LOCK = "RankingRun.lock";
    public static final String MARK_LAST = "RankingRun.markLast";
    public static final String FORGET_BEFORE = "RankingRun.forgetBefore";
    public static final String STORE_RANK = "RankingRun.storeRank";
    public static final String TRY_LOCK_OPEN_ITEMS = "RankingRun.tryLockOpenItems";
    public static final String COUNT_OPEN_ITEMS = "RankingRun.countOpenItems";

    /** Why a ranking ran. */
    public enum Cause {
        /** an input of the score changed (assessment, services, case volumes, supporters, board confidence, status) */
        INPUTS,
        /** the node started (ranks from the first start on) */
        STARTUP,
        /** the periodic run that catches what a stopped node left undone */
        PERIODIC,
        /** "recompute now", a new weight set or a manual rank */
        OFFICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "duration_ms", nullable = false, updatable = false)
    private int durationMs;
    @Column(name = "weight_set_id", nullable = false, updatable = false)
    private long weightSetId;
    @Column(name = "items", nullable = false, updatable = false)
    private int items;
    @Column(name = "ranks_changed", nullable = false, updatable = false)
    private int ranksChanged;
    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, updatable = false, length = 20)
    private Cause cause;
    @Column(name = "run_by", nullable = false, updatable = false, length = 100)
    private String runBy;

    protected RankingRun() {
        // for JPA
    }

    public RankingRun(Instant startedAt, Instant finishedAt, long weightSetId, int items, int ranksChanged, Cause cause,
                      String runBy) {
        if (finishedAt.isBefore(startedAt) || items < 0 || ranksChanged < 0 || ranksChanged > items) {
            throw new IllegalArgumentException("a ranking run ends after it starts and changes at most its items");
        }
        this.startedAt = startedAt;
        this.durationMs = (int) Math.min(Integer.MAX_VALUE, finishedAt.toEpochMilli() - startedAt.toEpochMilli());
        this.weightSetId = weightSetId;
        this.items = items;
        this.ranksChanged = ranksChanged;
        this.cause = cause;
        this.runBy = runBy;
    }

    public Long id() { return id; }
    public Instant startedAt() { return startedAt; }
    public int durationMs() { return durationMs; }
    public long weightSetId() { return weightSetId; }
    public int items() { return items; }
    public int ranksChanged() { return ranksChanged; }
    public Cause cause() { return cause; }
    public String runBy() { return runBy; }
}
