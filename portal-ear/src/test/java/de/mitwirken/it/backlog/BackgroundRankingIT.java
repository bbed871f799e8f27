package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.control.ScoreInputChanged;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.needs.boundary.NeedSupportChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ranks are kept current in the background (issue #21): ranked from the first start on, again after a change of a
 * score input, changes close together in one run, every run logged with its weight set, and nothing a person does
 * waits for a ranking. Inputs are changed here the way the boundaries change them: in a transaction that fires the
 * event the boundary fires (the boundaries themselves are for the office's roles; the browser tests use them).
 * The test domain looks for changes every second (PORTAL_BACKLOG_RERANK_SECONDS=1 in scripts/test.sh).
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class BackgroundRankingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(BackgroundRankingIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    @Resource
    UserTransaction transaction;

    @Inject
    Event<ScoreInputChanged> scoreInputs;

    @Inject
    Event<NeedSupportChanged> supports;

    @Test
    void publishedOpenItemsAreRankedFromTheFirstStartOn() throws Exception {
        waitFor(() -> runs() > 0, 60, "a first ranking after the start");
        assertEquals(0, number("SELECT COUNT(*) FROM backlog_item WHERE status IN ('PRIORITISED', 'IN_PROGRESS')"
                + " AND item_rank IS NULL"), "no published open item without a rank");
        assertTrue(number("SELECT COUNT(*) FROM backlog_item WHERE status IN ('PRIORITISED', 'IN_PROGRESS')") > 0);
        assertEquals(number("SELECT weight_set_id FROM backlog_ranking_run ORDER BY id DESC LIMIT 1"),
                number("SELECT MAX(id) FROM weight_set"), "each run records the weight set (version) it used");
        assertEquals(number("SELECT MAX(id) FROM backlog_ranking_run"),
                number("SELECT last_run_id FROM backlog_ranking WHERE id = 1"));
    }

    @Test
    void anAssessmentChangeIsRankedInTheBackgroundAndRankIsNeverNullAfterIt() throws Exception {
        waitFor(() -> runs() > 0, 60, "a first ranking");
        long item = number("SELECT id FROM backlog_item WHERE status = 'PRIORITISED' AND manual_rank IS NULL"
                + " AND item_rank IS NOT NULL ORDER BY item_rank DESC LIMIT 1");
        double scoreBefore = decimal("SELECT score FROM backlog_item WHERE id = " + item);
        long lastRun = number("SELECT MAX(id) FROM backlog_ranking_run");

        transaction.begin();
        try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
            // the lowest-ranked item becomes more certain and cheaper: its score rises
            sql.executeUpdate("UPDATE backlog_item SET confidence = 100, effort = 0.5 WHERE id = " + item);
        }
        scoreInputs.fire(new ScoreInputChanged(item));
        transaction.commit();

        waitFor(() -> number("SELECT COUNT(*) FROM backlog_ranking_run WHERE id > " + lastRun + " AND cause = 'INPUTS'") > 0,
                30, "a ranking run caused by the changed inputs");
        assertTrue(decimal("SELECT score FROM backlog_item WHERE id = " + item) > scoreBefore, "the new score is stored");
        assertEquals(0, number("SELECT COUNT(*) FROM backlog_item WHERE status IN ('PRIORITISED', 'IN_PROGRESS')"
                + " AND item_rank IS NULL"), "rank is never null for a published open item after a run");
    }

    @Test
    void changesCloseTogetherAreRankedInOneRun() throws Exception {
        waitFor(() -> runs() > 0, 60, "a first ranking");
        quiet();
        long lastRun = number("SELECT MAX(id) FROM backlog_ranking_run");
        long item = number("SELECT MIN(id) FROM backlog_item WHERE status = 'IN_PROGRESS'");
        for (int i = 0; i < 20; i++) { // twenty changes, each committed on its own, within well under a second
            transaction.begin();
            scoreInputs.fire(new ScoreInputChanged(item));
            transaction.commit();
        }
        waitFor(() -> number("SELECT COUNT(*) FROM backlog_ranking_run WHERE id > " + lastRun) > 0, 30, "a run");
        quiet();
        long runs = number("SELECT COUNT(*) FROM backlog_ranking_run WHERE id > " + lastRun);
        assertTrue(runs >= 1 && runs <= 3, "20 changes within a second ranked in " + runs + " run(s)");
    }

    @Test
    void aSupportDoesNotWaitForARankingAndIsRankedOnceTheLockIsFree() throws Exception {
        waitFor(() -> runs() > 0, 60, "a first ranking");
        quiet();
        long need = number("SELECT need_id FROM backlog_item_need bin JOIN backlog_item i ON i.id = bin.item_id"
                + " WHERE i.status = 'IN_PROGRESS' ORDER BY need_id LIMIT 1");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Throwable> failures = new ArrayList<>();
        Thread holder = new Thread(() -> { // another node ranking right now: it holds the ranking lock
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try (Statement sql = c.createStatement()) {
                    sql.executeQuery("SELECT id FROM backlog_ranking WHERE id = 1 FOR UPDATE").close();
                    locked.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                c.rollback();
            } catch (Exception e) {
                failures.add(e);
                locked.countDown();
            }
        });
        holder.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        long lastRun = number("SELECT MAX(id) FROM backlog_ranking_run");
        try {
            long start = System.nanoTime();
            transaction.begin(); // what Participation.support does besides its own rows: fire the event
            supports.fire(new NeedSupportChanged(need));
            transaction.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "the support's transaction took " + millis + " ms while a ranking held the lock");
            Thread.sleep(3_000); // three ticks: each finds the lock taken and gives the work back
            assertEquals(0, number("SELECT COUNT(*) FROM backlog_ranking_run WHERE id > " + lastRun),
                    "no run while another holds the lock");
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        assertTrue(failures.isEmpty(), failures.toString());
        waitFor(() -> number("SELECT COUNT(*) FROM backlog_ranking_run WHERE id > " + lastRun) > 0, 30,
                "the work given back is ranked once the lock is free");
        assertNotNull(number("SELECT supporters FROM backlog_item_supporters s JOIN backlog_item_need bin"
                + " ON bin.item_id = s.item_id WHERE bin.need_id = " + need + " LIMIT 1"));
    }

    /** Waits until no run has started for three ticks. */
    private void quiet() throws Exception {
        long last = -1;
        for (int i = 0; i < 30; i++) {
            long now = runs();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(3_000);
        }
    }

    private long runs() {
        return number("SELECT COUNT(*) FROM backlog_ranking_run");
    }

    private static void waitFor(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        for (int i = 0; i < seconds * 4; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited " + seconds + " s for " + what);
    }

    private long number(String query) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(query);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private double decimal(String query) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(query);
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), query);
            return rs.getDouble(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
