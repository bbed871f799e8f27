package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.RankingRun;
import de.mitwirken.platform.boundary.JobClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the ranks current in the background (issue #21). Every few seconds (portal.backlog.rerank.seconds) it takes
 * what changed since its last tick ({@link RankInputs}) and ranks once for all of it; at start it ranks once (ranks
 * from the first start with demo data on), and every portal.backlog.rerank.catch-up-minutes once more, for changes
 * that a node which stopped between a change and its tick left unranked. Runs on every node (non-persistent
 * timers); the ranking lock lets one node rank at a time. The tick stays per node: its work is what this node's
 * own requests changed ({@link RankInputs}, in memory), which no other node knows. The catch-up is the cluster's:
 * its slot is claimed ({@link JobClaims}), so one node ranks for it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RankingJob {

    private static final Logger LOG = Logger.getLogger(RankingJob.class.getName());
    private static final String TICK = "rerank";
    private static final String CATCH_UP = "rerank-catch-up";

    @Resource
    TimerService timers;

    @EJB
    Reranker reranker;

    @Inject
    RankInputs inputs;

    @EJB
    JobClaims claims;

    @Inject
    @ConfigProperty(name = "portal.backlog.rerank.seconds", defaultValue = "5")
    int seconds;

    @Inject
    @ConfigProperty(name = "portal.backlog.rerank.catch-up-minutes", defaultValue = "15")
    int catchUpMinutes;

    /**
     * After a run the job rests twice as long as the run took before it takes the next work (which stays noted
     * meanwhile), so that ranking uses at most a third of a core however fast changes come: under a load of 50
     * people submitting and supporting, runs over 1 000 items took seconds each, and a run at every tick competed
     * with the submissions for the CPU (./portal bench, issue #21 note).
     */
    static final int REST_PER_RUN_TIME = 2;

    private RankingRun.Cause nextCause = RankingRun.Cause.STARTUP;
    private volatile long restUntilNanos = System.nanoTime();

    @PostConstruct
    void schedule() {
        long tick = Duration.ofSeconds(Math.max(1, seconds)).toMillis();
        inputs.requestRun(); // ranks from the first start on
        timers.createIntervalTimer(tick, tick, new TimerConfig(TICK, false));
        timers.createIntervalTimer(claims.firstTick(catchUp()), catchUp().toMillis(), new TimerConfig(CATCH_UP, false));
    }

    private Duration catchUp() {
        return Duration.ofMinutes(Math.max(1, catchUpMinutes));
    }

    @Timeout
    void run(Timer timer) {
        if (CATCH_UP.equals(timer.getInfo())) {
            try {
                if (!claims.claimInterval("backlog.rerank-catch-up", catchUp())) {
                    return; // another node catches up in this slot
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "ranking catch-up: slot not claimed; the next slot tries again", e);
                return;
            }
            nextCause = RankingRun.Cause.PERIODIC;
            inputs.requestRun();
            return;
        }
        if (System.nanoTime() - restUntilNanos < 0) {
            return;
        }
        Optional<RankInputs.Work> work = inputs.take();
        if (work.isEmpty()) {
            return;
        }
        RankingRun.Cause cause = nextCause;
        try {
            Optional<RankingRun> run = reranker.rerankIfFree(cause, work.get());
            if (run.isEmpty()) {
                inputs.giveBack(work.get()); // another node ranks now; this one tries at its next tick
                return;
            }
            nextCause = RankingRun.Cause.INPUTS;
            restUntilNanos = System.nanoTime() + Duration.ofMillis((long) REST_PER_RUN_TIME * run.get().durationMs()).toNanos();
            LOG.fine(() -> "backlog ranked (" + cause + "): " + run.get().items() + " items, "
                    + run.get().ranksChanged() + " ranks changed, " + run.get().durationMs() + " ms");
        } catch (RuntimeException e) {
            inputs.giveBack(work.get());
            LOG.log(Level.WARNING, "background ranking failed; the next tick tries again", e);
        }
    }
}
