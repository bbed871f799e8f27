package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.HistoryPage;
import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemPlanning;
import de.mitwirken.backlog.boundary.PublicPlans;
import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemEdit;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.MilestoneState;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against MariaDB: the office's planning of an item (the use cases behind ItemPlanning, called
 * here without the role, which the boundary checks and this test shows) keeps the item's public history, audits
 * before and after, fires each piece of news once in the transaction of the change, and refuses an edit made from
 * an old version, also when two editors save at the same moment.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class ItemPlanningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(ItemPlanningIT.class, ItemNewsRecorder.class);
    }

    @Inject
    ItemPlanner planner;

    @Inject
    ItemPlanning planning;

    @Inject
    PublicPlans plans;

    @Inject
    ItemNewsRecorder recorder;

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEditFromAnOldVersionIsRefusedAndOfTwoEditorsAtOnceOneWins() throws Exception {
        long id = insertItem("IN_PROGRESS", "Vorhaben " + run);
        long read = plans.plan(id).orElseThrow().version();

        planner.editItem(id, read, edit("Erste Fassung " + run, "1000"));
        long now = plans.plan(id).orElseThrow().version();
        assertTrue(now > read, "every edit moves the version");
        NotAllowed stale = assertThrows(NotAllowed.class, () -> planner.editItem(id, read, edit("Verlorene Fassung " + run, null)));
        assertEquals("backlog.edit.error.stale", stale.messageKey());
        assertEquals("Erste Fassung " + run, plans.plan(id).orElseThrow().title(), "nothing was overwritten");

        AtomicInteger editors = new AtomicInteger();
        List<Parallel.Outcome<String>> outcomes = Parallel.run(2, () -> {
            String title = "Fassung von Person " + editors.incrementAndGet() + " " + run;
            planner.editItem(id, now, edit(title, "2000"));
            return title;
        });
        List<String> saved = outcomes.stream().filter(Parallel.Outcome::succeeded).map(Parallel.Outcome::value).toList();
        assertEquals(1, saved.size(), "exactly one of two editors with the same version saves: " + outcomes);
        Throwable loser = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow().failure();
        assertTrue(loser instanceof NotAllowed n && n.messageKey().equals("backlog.edit.error.stale"), String.valueOf(loser));
        assertEquals(saved.get(0), plans.plan(id).orElseThrow().title());

        List<String[]> titles = history(id, "TITLE");
        assertEquals(2, titles.size(), "one history row per saved change of the title");
        assertEquals("Vorhaben " + run, titles.get(0)[0]);
        assertEquals("Erste Fassung " + run, titles.get(0)[1]);
        assertEquals(saved.get(0), titles.get(1)[1]);
        assertEquals(List.of("1000.00", "2000.00"), history(id, "BUDGET_PLANNED").stream().map(r -> r[1]).toList());

        List<String[]> audits = audit(id, "backlog.item.edit");
        assertEquals(2, audits.size(), "each saved edit is audited, the refused ones are not");
        assertTrue(audits.get(0)[0].contains("\"title\":\"Vorhaben " + run + "\""), audits.get(0)[0]);
        assertTrue(audits.get(0)[1].contains("\"title\":\"Erste Fassung " + run + "\""), audits.get(0)[1]);
        assertTrue(audits.get(0)[1].contains("\"budgetPlanned\":\"1000.00\""), audits.get(0)[1]);
        assertTrue(audits.get(1)[1].contains(saved.get(0)), audits.get(1)[1]);
        assertTrue(recorder.about(id).isEmpty(), "an edit is history, not news");

        HistoryPage page = plans.history(id, 0);
        assertEquals(6, page.total(), "title, dates and budget, then title and budget again");
        assertEquals(HistoryField.BUDGET_PLANNED, page.entries().get(0).field(), "newest first");
        assertEquals(planner.today(), page.entries().get(0).on());
    }

    @Test
    void milestonesAndProgressKeepTheirHistoryAndTellEachPieceOfNewsOnce() throws Exception {
        long id = insertItem("IN_PROGRESS", "Meilensteine " + run);
        LocalDate today = planner.today();
        long concept = planner.addMilestone(id, new MilestoneDraft("Konzept", null, today.plusDays(30)));
        long pilot = planner.addMilestone(id, new MilestoneDraft("Pilot", "Mit fünf Schulen.", today.plusDays(60)));
        long tender = planner.addMilestone(id, new MilestoneDraft("Vergabe", null, today.minusDays(10)));
        assertEquals(Set.of("title", "dueDate"), assertThrows(InvalidInput.class,
                () -> planner.addMilestone(id, new MilestoneDraft("x", null, null))).problems().keySet());
        planner.reorderMilestone(id, tender, true);

        planner.completeMilestone(id, concept);
        assertEquals("backlog.milestone.error.reached",
                assertThrows(NotAllowed.class, () -> planner.completeMilestone(id, concept)).messageKey());
        assertEquals(Set.of("reason"), assertThrows(InvalidInput.class, () -> planner.moveMilestone(id, pilot,
                new DateMove(today.plusDays(90), "kurz"))).problems().keySet());
        planner.moveMilestone(id, pilot, new DateMove(today.plusDays(90), "Die Ausschreibung wurde um einen Monat verlängert."));

        planner.chooseProgressMode(id, ProgressMode.MILESTONES);
        assertEquals(33, plans.plan(id).orElseThrow().progress(), "1 of 3 reached");
        assertEquals("backlog.edit.error.progressFollowsMilestones",
                assertThrows(NotAllowed.class, () -> planner.recordProgress(id, 50)).messageKey());
        planner.chooseProgressMode(id, ProgressMode.MANUAL);
        planner.recordProgress(id, 50);

        ItemPlan plan = plans.plan(id).orElseThrow();
        assertEquals(List.of("Konzept", "Vergabe", "Pilot"), plan.milestones().stream().map(ItemPlan.Step::title).toList(),
                "the office's order, not the dates'");
        assertEquals(List.of(1, 2, 3), plan.milestones().stream().map(ItemPlan.Step::position).toList());
        assertEquals(List.of(MilestoneState.DONE, MilestoneState.OVERDUE, MilestoneState.PLANNED),
                plan.milestones().stream().map(ItemPlan.Step::state).toList());
        assertEquals(today, plan.milestones().get(0).completedOn());
        ItemPlan.Step moved = plan.milestones().get(2);
        assertEquals(today.plusDays(90), moved.dueDate());
        assertEquals(List.of(new ItemPlan.Move(today.plusDays(60), today.plusDays(90),
                "Die Ausschreibung wurde um einen Monat verlängert.", today)), moved.moves());
        assertEquals(today, plan.lastChanged());

        Map<ItemNews.Kind, Long> told = new java.util.EnumMap<>(ItemNews.Kind.class);
        recorder.about(id).forEach(n -> told.merge(n.kind(), 1L, Long::sum));
        assertEquals(Map.of(ItemNews.Kind.MILESTONE_REACHED, 1L, ItemNews.Kind.MILESTONE_MOVED, 1L,
                ItemNews.Kind.PROGRESS_PUBLISHED, 1L), told, "each piece of news once: " + recorder.about(id));
        assertEquals(Map.of("milestone", "Konzept", "date", today.toString()), news(id, ItemNews.Kind.MILESTONE_REACHED).values());
        assertEquals(Map.of("milestone", "Pilot", "from", today.plusDays(60).toString(), "to", today.plusDays(90).toString(),
                "reason", "Die Ausschreibung wurde um einen Monat verlängert."), news(id, ItemNews.Kind.MILESTONE_MOVED).values());
        assertEquals(Map.of("progress", "50"), news(id, ItemNews.Kind.PROGRESS_PUBLISHED).values());

        List<HistoryField> fields = plans.history(id, 0).entries().stream().map(HistoryPage.Entry::field).toList();
        assertEquals(List.of(HistoryField.PROGRESS, HistoryField.PROGRESS, HistoryField.MILESTONE_MOVED,
                HistoryField.MILESTONE_REACHED, HistoryField.MILESTONE_ADDED, HistoryField.MILESTONE_ADDED,
                HistoryField.MILESTONE_ADDED), fields, "newest first (progress 33 → 50 by hand, 0 → 33 from the milestones)");
        String[] move = history(id, "MILESTONE_MOVED").get(0);
        assertEquals(today.plusDays(90).toString(), move[1]);
        assertEquals("Die Ausschreibung wurde um einen Monat verlängert.", move[2]);

        List<String> actions = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT action, before_state, after_state"
                + " FROM audit_entry WHERE object_type = 'backlog-item' AND object_id = ? ORDER BY id")) {
            ps.setString(1, String.valueOf(id));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    assertTrue(rs.getString(2) != null && rs.getString(3) != null, "before and after of " + rs.getString(1));
                }
            }
        }
        assertEquals(List.of("backlog.item.milestone", "backlog.item.milestone", "backlog.item.milestone",
                "backlog.item.milestoneOrder", "backlog.item.milestoneDone", "backlog.item.milestoneMove",
                "backlog.item.progressMode", "backlog.item.progressMode", "backlog.item.progress"), actions);
        String[] moveAudit = audit(id, "backlog.item.milestoneMove").get(0);
        assertTrue(moveAudit[0].contains("\"dueDate\":\"" + today.plusDays(60) + "\""), moveAudit[0]);
        assertTrue(moveAudit[1].contains("\"dueDate\":\"" + today.plusDays(90) + "\"") && moveAudit[1].contains("verlängert"),
                moveAudit[1]);
    }

    @Test
    void aFinalItemChangesNoMoreDraftsStayInternalAndOnlyTheOfficePlans() throws Exception {
        long done = insertItem("DONE", "Abgeschlossen " + run);
        long read = plans.plan(done).orElseThrow().version();
        assertEquals("backlog.edit.error.final", assertThrows(NotAllowed.class,
                () -> planner.editItem(done, read, edit("Nachträglich " + run, null))).messageKey());
        assertEquals("backlog.edit.error.final", assertThrows(NotAllowed.class,
                () -> planner.addMilestone(done, new MilestoneDraft("Nachtrag", null, LocalDate.now()))).messageKey());

        long draft = insertItem("PROPOSED", "Entwurf " + run);
        assertTrue(plans.plan(draft).isEmpty(), "the public sees no plan of an unpublished item");
        assertEquals(0, plans.history(draft, 0).total());
        assertThrows(EJBAccessException.class, () -> planning.plan(draft));
        assertThrows(EJBAccessException.class, () -> planning.editItem(draft, 0, edit("Ohne Rolle " + run, null)));
        assertThrows(EJBAccessException.class, () -> planning.addMilestone(draft, new MilestoneDraft("Ohne Rolle", null,
                LocalDate.now())));
        assertFalse(history(draft, "TITLE").size() > 0);
    }

    private static ItemEdit edit(String title, String budget) {
        return new ItemEdit(title, "Beschreibung des Vorhabens.", Set.of(StrategyField.ADMINISTRATION), "Stabsstelle Digitalisierung",
                Horizon.SHORT_2025, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                budget == null ? null : new BigDecimal(budget), null, null, null, null);
    }

    private ItemNews news(long id, ItemNews.Kind kind) {
        return recorder.about(id).stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    /** A fresh item written directly (test data), in the given status, with one strategy field. */
    private long insertItem(String status, String title) throws SQLException {
        try (Connection c = db.getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO backlog_item (title, description, owner_department, horizon,"
                    + " status, progress, created_at, created_by, version) VALUES (?, 'Beschreibung des Vorhabens.',"
                    + " 'Stabsstelle Digitalisierung', 'SHORT_2025', ?, 0, NOW(6), 'it', 0)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, title);
                ps.setString(2, status);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO backlog_item_field (item_id, field) VALUES (" + id + ", 'ADMINISTRATION')");
            }
            return id;
        }
    }

    /** The item's history rows of one field, oldest first: old value, new value, note. */
    private List<String[]> history(long id, String field) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT old_value, new_value, note"
                + " FROM backlog_item_history WHERE item_id = ? AND field = ? ORDER BY id")) {
            ps.setLong(1, id);
            ps.setString(2, field);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    /** The item's audit entries of one action, oldest first: before, after. */
    private List<String[]> audit(long id, String action) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT before_state, after_state"
                + " FROM audit_entry WHERE object_type = 'backlog-item' AND object_id = ? AND action = ? ORDER BY id")) {
            ps.setString(1, String.valueOf(id));
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }
}
