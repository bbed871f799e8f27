package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.BacklogPermissions;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.control.ItemLinking;
import de.mitwirken.backlog.control.KpiRecording;
import de.mitwirken.backlog.entity.LinkKind;
import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against MariaDB with the demo data: linking and unlinking needs, clusters and recommendations
 * keeps its history and is audited; the same need linked by eight callers at once gives one link (the item row is
 * locked first, the primary key is the last line of defence); each change fires its {@link ItemNews} exactly once
 * (heard by {@link ItemNewsRecorder} in the EJB module), a KPI's changed traffic light reaches the items behind it;
 * only the strategy office and moderators may link a need. The procedures are called through their control
 * (ItemLinking, KpiRecording), as a caller of the boundary would reach them; the boundary's roles are checked
 * separately, and the browser test drives the boundary as the office and as a moderator.
 * Every test works on items of its own, so the demo items and other tests see nothing of it.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class ItemLinksIT {

    private static final String OFFICE = "it-office";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(List.of(ItemNewsRecorder.class), ItemLinksIT.class);
    }

    @Inject
    ItemLinking linking;

    @Inject
    KpiRecording recording;

    @Inject
    ItemLinks links;

    @Inject
    ItemNewsRecorder news;

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    @Test
    void linkingAndUnlinkingKeepsTheHistoryAndIsAudited() throws Exception {
        long item = item("PRIORITISED");
        assertTrue(linking.linkNeed(item, 45, false, OFFICE));
        assertFalse(linking.linkNeed(item, 45, false, OFFICE), "linked already: nothing changes");
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> linking.unlinkNeed(item, 45, "weg damit", OFFICE));
        assertEquals(Map.of("reason", "backlog.links.error.reason"), noReason.problems());
        assertEquals(1, count("SELECT COUNT(*) FROM backlog_item_need WHERE item_id = ? AND need_id = 45", item),
                "a refused unlink keeps the link");
        linking.unlinkNeed(item, 45, "Gehört zum Vorhaben Bürgeramt 2030, nicht hierher.", OFFICE);
        assertEquals(Map.of("target", "backlog.links.error.notLinked"), assertThrows(InvalidInput.class,
                () -> linking.unlinkNeed(item, 45, "Ein zweites Mal lösen geht nicht.", OFFICE)).problems());

        long inCluster = count("SELECT COUNT(*) FROM need WHERE cluster_id = 3", null);
        assertTrue(inCluster >= 3, "demo cluster 3 holds needs 2, 14 and 26");
        assertTrue(linking.linkCluster(item, 3, OFFICE));
        assertFalse(linking.linkCluster(item, 3, OFFICE));
        assertEquals(inCluster, count("SELECT COUNT(*) FROM backlog_item_need WHERE item_id = ?", item), "the cluster brings its needs");
        linking.unlinkCluster(item, 3, "Die Sammlung passt zu den Parkausweisen, nicht hierher.", OFFICE);
        assertEquals(0, count("SELECT COUNT(*) FROM backlog_item_need WHERE item_id = ?", item), "and takes them back");
        assertEquals(0, count("SELECT COUNT(*) FROM backlog_item_cluster WHERE item_id = ?", item));

        assertTrue(linking.linkRecommendation(item, 1, OFFICE), "the board confirms recommendation 1");
        linking.unlinkRecommendation(item, 1, "Die Empfehlung betrifft das Terminmanagement.", OFFICE);

        assertEquals(Map.of("need", "backlog.links.error.need"),
                assertThrows(InvalidInput.class, () -> linking.linkNeed(item, 999_999, false, OFFICE)).problems());
        assertEquals(Map.of("need", "backlog.links.error.need"),
                assertThrows(InvalidInput.class, () -> linking.linkNeed(item, 65, false, OFFICE)).problems(), "a rejected need");
        assertEquals(Map.of("cluster", "backlog.links.error.cluster"),
                assertThrows(InvalidInput.class, () -> linking.linkCluster(item, 999_999, OFFICE)).problems());
        assertEquals(Map.of("recommendation", "backlog.links.error.recommendation"),
                assertThrows(InvalidInput.class, () -> linking.linkRecommendation(item, 999_999, OFFICE)).problems());

        List<String> history = history(item);
        assertEquals(6 + 2 * (int) inCluster, history.size(), history::toString);
        assertEquals("NEED 45 linked - - it-office", history.get(0));
        assertEquals("NEED 45 unlinked Gehört zum Vorhaben Bürgeramt 2030, nicht hierher. - it-office", history.get(1));
        assertEquals("CLUSTER 3 linked - - it-office", history.get(2));
        assertTrue(history.get(3).matches("NEED \\d+ linked - 3 it-office"), history.get(3));
        assertEquals("CLUSTER 3 unlinked Die Sammlung passt zu den Parkausweisen, nicht hierher. - it-office",
                history.get(2 + (int) inCluster + 1));
        assertTrue(history.get(2 + (int) inCluster + 2).matches("NEED \\d+ unlinked Die Sammlung passt .* 3 it-office"));
        assertEquals("RECOMMENDATION 1 linked - - it-office", history.get(history.size() - 2));
        assertEquals("RECOMMENDATION 1 unlinked Die Empfehlung betrifft das Terminmanagement. - it-office",
                history.get(history.size() - 1));

        assertEquals(List.of("backlog.item.linkNeed", "backlog.item.unlinkNeed", "backlog.item.linkCluster",
                "backlog.item.unlinkCluster", "backlog.item.linkRecommendation", "backlog.item.unlinkRecommendation"),
                strings("SELECT action FROM audit_entry WHERE object_type = 'backlog-item' AND object_id = ? ORDER BY id", item));
    }

    @Test
    void theSameNeedLinkedByEightCallersAtOnceIsLinkedOnce() throws Exception {
        long item = item("PROPOSED");
        AtomicInteger next = new AtomicInteger();
        // four callers link need 46, four need 47, all released at the same moment
        List<Parallel.Outcome<Boolean>> outcomes = Parallel.run(8, () -> {
            int i = next.getAndIncrement();
            return linking.linkNeed(item, i % 2 == 0 ? 46 : 47, false, OFFICE + "-" + i);
        });
        assertTrue(outcomes.stream().allMatch(Parallel.Outcome::succeeded), outcomes::toString);
        assertEquals(2, outcomes.stream().filter(Parallel.Outcome::value).count(), "one caller per need made the link: " + outcomes);
        assertEquals(List.of("46", "47"), strings("SELECT need_id FROM backlog_item_need WHERE item_id = ? ORDER BY need_id", item),
                "both needs, each once: no link lost, none twice");
        List<String> history = history(item);
        assertEquals(2, history.size(), () -> "one history row per need: " + history);
        assertEquals(List.of(46L, 47L), news.about(item).stream().map(ItemNews::needId).sorted().toList(),
                "one NEED_LINKED per need");
        long supporters = count("SELECT COUNT(DISTINCT profile_id) FROM need_support WHERE need_id IN (46, 47)", null);
        assertTrue(supporters > 0, "the demo needs have supporters");
        assertEquals(supporters, count("SELECT supporters FROM backlog_item_supporters WHERE item_id = ?", item),
                "the stored count of distinct supporters is right after the race");
    }

    @Test
    void eachChangeIsToldExactlyOnce() throws Exception {
        long item = item("PROPOSED");
        assertTrue(linking.linkNeed(item, 36, false, OFFICE));
        assertFalse(linking.linkNeed(item, 36, false, OFFICE));
        assertTrue(linking.linkCluster(item, 4, OFFICE));
        assertFalse(linking.linkCluster(item, 4, OFFICE));
        assertThrows(InvalidInput.class, () -> linking.unlinkNeed(item, 36, "kurz", OFFICE));
        linking.unlinkNeed(item, 36, "Passt nicht zu diesem Vorhaben.", OFFICE);
        linking.unlinkCluster(item, 4, "Die Sammlung gehört zu Vorhaben 21.", OFFICE);
        assertTrue(linking.linkRecommendation(item, 2, OFFICE));
        List<ItemNews> heard = news.about(item);
        assertEquals(List.of("NEED_LINKED 36 null", "CLUSTER_LINKED null 4", "NEED_UNLINKED 36 null",
                "CLUSTER_UNLINKED null 4"), heard.stream().map(n -> n.kind() + " " + n.needId() + " " + n.clusterId()).toList(),
                "a cluster is told once, not once per need; refusals and repeats tell nothing; recommendations have no news");
        assertEquals(Map.of(), heard.get(0).values());
        assertEquals(Map.of("reason", "Passt nicht zu diesem Vorhaben."), heard.get(2).values());
        assertEquals(Map.of("reason", "Die Sammlung gehört zu Vorhaben 21."), heard.get(3).values());
    }

    @Test
    void aKpisChangedTrafficLightIsToldToEachItemBehindIt() throws Exception {
        long kpi = kpi();
        long first = item("PRIORITISED");
        long second = item("IN_PROGRESS");
        long dropped = item("PROPOSED");
        long other = item("PROPOSED");
        assertTrue(linking.linkKpi(first, kpi));
        assertFalse(linking.linkKpi(first, kpi));
        assertTrue(linking.linkKpi(second, kpi), "one KPI, several items");
        assertTrue(linking.linkKpi(dropped, kpi));
        update("UPDATE backlog_item SET status = 'DROPPED', drop_reason = 'Vom Land übernommen.' WHERE id = ?", dropped);
        assertEquals(Map.of("kpi", "backlog.itemKpis.error.kpi"),
                assertThrows(InvalidInput.class, () -> linking.linkKpi(other, 999_999)).problems());
        assertThrows(NotAllowed.class, () -> linking.linkKpi(dropped, kpi()), "a dropped item takes no new KPI");

        recording.record(kpi, new MeasurementDraft(LocalDate.of(2024, 6, 30), new BigDecimal("95"), null), OFFICE);
        recording.record(kpi, new MeasurementDraft(LocalDate.of(2024, 9, 30), new BigDecimal("96"), null), OFFICE);
        recording.importCsv("kpi_id;date;value\n" + kpi + ";31.12.2024;10\n", OFFICE);
        List<String> expected = List.of("NO_DATA → ON_TRACK", "ON_TRACK → OFF_TRACK");
        assertEquals(expected, lights(first), "no data → on track, the same light again tells nothing, then off track (CSV)");
        assertEquals(expected, lights(second));
        assertEquals(List.of(), lights(dropped), "a dropped item hears nothing");
        assertEquals(List.of(), lights(other), "an item not linked to the KPI hears nothing");
        assertEquals("IT-Kennzahl " + kpi, news.about(first).get(0).values().get("kpi"));

        linking.unlinkKpi(second, kpi);
        assertEquals(Map.of("kpi", "backlog.itemKpis.error.notLinked"),
                assertThrows(InvalidInput.class, () -> linking.unlinkKpi(second, kpi)).problems());
        assertEquals(List.of(String.valueOf(first), String.valueOf(dropped)),
                strings("SELECT item_id FROM backlog_item_kpi WHERE kpi_id = ? ORDER BY item_id", kpi));
        assertTrue(strings("SELECT action FROM audit_entry WHERE object_type = 'backlog-item' AND object_id = ? ORDER BY id", second)
                .containsAll(List.of("backlog.item.linkKpi", "backlog.item.unlinkKpi")));
    }

    /**
     * Office links while the background ranks (every second in the test domain, each link a score input): a run once
     * held an item's row shared (the supporter counts' foreign key) and then wanted it exclusively, and an office link
     * waiting in between was rolled back as a deadlock. Now a run takes the open items first, without waiting.
     */
    @Test
    void officeLinksWhileTheBackgroundRanksAreNeverRolledBack() throws Exception {
        long kpi = kpi();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(item(i % 2 == 0 ? "PRIORITISED" : "IN_PROGRESS"));
        }
        AtomicInteger next = new AtomicInteger();
        List<Parallel.Outcome<Integer>> outcomes = Parallel.run(6, () -> {
            long item = items.get(next.getAndIncrement());
            for (int round = 0; round < 10; round++) { // about ten seconds of links: ten background runs or more
                linking.linkNeed(item, 45 + round % 3, false, OFFICE);
                linking.linkKpi(item, kpi);
                linking.unlinkKpi(item, kpi);
                Thread.sleep(100);
            }
            return 10;
        });
        assertTrue(outcomes.stream().allMatch(Parallel.Outcome::succeeded), outcomes::toString);
        for (long item : items) {
            assertEquals(3, count("SELECT COUNT(*) FROM backlog_item_need WHERE item_id = ?", item), "every link kept");
        }
    }

    @Test
    void theOfficeAndModeratorsMayLinkANeedOthersMayNot() throws Exception {
        long item = item("PRIORITISED");
        assertThrows(EJBAccessException.class, () -> links.linkNeed(item, 45), "a caller without a role is refused");
        assertThrows(EJBAccessException.class, () -> links.findOpenItems("Bürgeramt"));
        assertThrows(EJBAccessException.class, () -> links.unlink(item, LinkKind.NEED, 45, "ohne Rolle kein Lösen"));
        assertEquals(Set.of(Roles.STRATEGY_OFFICE, Roles.MODERATOR), Set.of(ItemLinks.class
                .getMethod("linkNeed", long.class, long.class).getAnnotation(RolesAllowed.class).value()));
        assertEquals(Set.of(Roles.STRATEGY_OFFICE, Roles.MODERATOR), Set.of(ItemLinks.class
                .getMethod("findOpenItems", String.class).getAnnotation(RolesAllowed.class).value()));
        assertEquals(Set.of(BacklogPermissions.MANAGE), Set.of(ItemLinks.class.getAnnotation(RolesAllowed.class).value()),
                "everything else is the office's only: citizens, board members and moderators may not");
        for (String use : List.of("linkCluster", "linkRecommendation", "linkKpi", "unlinkKpi")) {
            assertTrue(ItemLinks.class.getMethod(use, long.class, long.class).getAnnotation(RolesAllowed.class) == null,
                    use + " has no wider roles than the class");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM backlog_item_need WHERE item_id = ?", item), "nothing was linked");

        long done = item("DONE");
        NotAllowed closed = assertThrows(NotAllowed.class, () -> linking.linkNeed(done, 45, true, "it-moderator"));
        assertEquals("backlog.links.error.itemClosed", closed.messageKey(), "a moderator links to open items only");
        assertTrue(linking.linkNeed(done, 45, false, OFFICE), "the office may note a need on a done item");
    }

    private List<String> lights(long item) {
        return news.about(item).stream().filter(n -> n.kind() == ItemNews.Kind.KPI_LIGHT_CHANGED)
                .map(n -> n.values().get("from") + " → " + n.values().get("to")).toList();
    }

    /** A fresh item of the test's own, so that demo items stay as they are. */
    private long item(String status) throws SQLException {
        return insert("INSERT INTO backlog_item (title, description, owner_department, horizon, status, progress, created_at,"
                + " created_by, version) VALUES ('IT-Vorhaben der Verknüpfungen', 'Testdaten', 'IT', 'SHORT_2025', ?, 0, NOW(6),"
                + " 'it', 0)", status);
    }

    private long kpi() throws SQLException {
        long id = insert("INSERT INTO kpi (name, unit, direction, baseline_value, baseline_date, target_2025, target_2030,"
                + " data_source, owner, success_factor, created_at, version) VALUES ('IT-Kennzahl', '%', 'HIGHER_IS_BETTER',"
                + " 10, '2024-01-01', 50, 90, 'Testdaten', 'IT', ?, NOW(6), 0)", "BALANCE");
        update("UPDATE kpi SET name = CONCAT('IT-Kennzahl ', id) WHERE id = ?", id);
        return id;
    }

    /** "KIND target linked|unlinked reason|- viaCluster|- by", oldest first. */
    private List<String> history(long item) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT kind, target_id, linked, reason,"
                + " via_cluster_id, changed_by FROM backlog_item_link_change WHERE item_id = ? ORDER BY id")) {
            ps.setLong(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + (rs.getBoolean(3) ? "linked" : "unlinked") + " "
                            + (rs.getString(4) == null ? "-" : rs.getString(4)) + " "
                            + (rs.getObject(5) == null ? "-" : rs.getLong(5)) + " " + rs.getString(6));
                }
            }
        }
        return rows;
    }

    private long insert(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, parameter);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    private long count(String sql, Long id) throws SQLException {
        List<String> values = strings(sql, id);
        return values.isEmpty() ? 0 : Long.parseLong(values.get(0));
    }

    private List<String> strings(String sql, Long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
