package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.control.DigestJob;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "You said – we did" (issue #21), inside the server: for every kind of news about an item, each person behind it
 * gets exactly one message, however many of the item's needs they follow; a person who chose the digest finds it
 * there; nobody who withdrew consent or whose account was deleted is told; a guest submitter gets one mail while the
 * address is kept; people following the item directly hear the item's own news. The news is fired as the
 * backlog's boundaries fire it (inside the transaction of the change).
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class ItemNotificationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(ItemNotificationsIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    @Resource
    UserTransaction transaction;

    @Inject
    Event<ItemNews> news;

    @EJB
    DigestJob digests;

    private String run;
    private long item;
    private long needA;
    private long needB;
    private long cluster;
    private final Map<String, Long> people = new LinkedHashMap<>();

    @BeforeEach
    void aPublishedItemWithTwoNeedsAndItsPeople() throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        cluster = insert("INSERT INTO need_cluster (title, summary, created_by, created_at) VALUES ('Sammlung " + run
                + "', 'Ähnliche Anliegen zum Test', 'it', NOW(6))");
        needA = need("A", null, null);
        needB = need("B", null, null);
        long guestNeed = need("G", "gast-" + run + "@example.org", null);
        long unconfirmedGuestNeed = need("U", "unbestaetigt-" + run + "@example.org", "0123456789abcdef");
        execute("UPDATE need SET cluster_id = " + cluster + " WHERE id IN (" + needA + ", " + needB + ")");
        // DONE: published, and out of the ranking (a test item must not change what the ranking tests see)
        item = insert("INSERT INTO backlog_item (title, description, owner_department, horizon, status, progress, created_at,"
                + " created_by) VALUES ('Vorhaben " + run + "', 'Für den Benachrichtigungstest.', 'Testamt', 'SHORT_2025',"
                + " 'DONE', 100, NOW(6), 'it')");
        for (long need : new long[] {needA, needB, guestNeed, unconfirmedGuestNeed}) {
            execute("INSERT INTO backlog_item_need (item_id, need_id) VALUES (" + item + ", " + need + ")");
        }
        person("both", "EVENT", needA, needB); // follows both needs: one message, not two
        person("digest", "DIGEST", needA);
        person("none", "NONE", needA);
        person("withdrawn", "EVENT", needA);
        person("deleted", "EVENT", needB);
        person("unfollowed", "EVENT");
        person("itemFollower", "EVENT");
        execute("INSERT INTO need_follow (need_id, profile_id, active) VALUES (" + needA + ", " + people.get("unfollowed")
                + ", FALSE)");
        execute("INSERT INTO consent_record (profile_id, purpose, text_version, accepted_at, withdrawn_at) VALUES ("
                + people.get("withdrawn") + ", 'PRIVACY_POLICY', '2026-11-28', NOW(6) - INTERVAL 1 DAY, NOW(6))");
        execute("UPDATE user_profile SET deleted_at = NOW(6), email = NULL, mail_mode = 'NONE' WHERE id = "
                + people.get("deleted"));
        execute("INSERT INTO backlog_item_follow (item_id, profile_id, followed_at) VALUES (" + item + ", "
                + people.get("itemFollower") + ", NOW(6))");
    }

    @Test
    void newsAboutTheItemReachesEachPersonOnceByTheirChannel() throws Exception {
        for (ItemNews itemNews : new ItemNews[] {
                ItemNews.of(item, ItemNews.Kind.STATUS_CHANGED, Map.of("from", "IN_PROGRESS", "to", "DONE")),
                ItemNews.of(item, ItemNews.Kind.MILESTONE_REACHED, Map.of("milestone", "Pilot", "date", "2026-12-01")),
                ItemNews.of(item, ItemNews.Kind.MILESTONE_MOVED, Map.of("milestone", "Rollout", "from", "2027-01-01",
                        "to", "2027-03-01", "reason", "Die Ausschreibung dauert länger.")),
                ItemNews.of(item, ItemNews.Kind.PROGRESS_PUBLISHED, Map.of("progress", "60")),
                ItemNews.of(item, ItemNews.Kind.KPI_LIGHT_CHANGED, Map.of("kpi", "Online-Quote", "from", "AT_RISK",
                        "to", "ON_TRACK"))}) {
            Counts before = counts();
            fire(itemNews);
            Counts after = counts();
            String kind = itemNews.kind().name();
            assertEquals(1, after.mails("both") - before.mails("both"), kind + ": one mail though both needs are followed");
            assertEquals(1, after.mails("itemFollower") - before.mails("itemFollower"), kind + ": the item's follower");
            assertEquals(1, after.digest("digest") - before.digest("digest"), kind + ": a line in the digest");
            assertEquals(0, after.mails("digest") - before.mails("digest"), kind + ": no mail to who chose the digest");
            for (String nobody : new String[] {"none", "withdrawn", "deleted", "unfollowed"}) {
                assertEquals(0, after.mails(nobody) - before.mails(nobody), kind + ": no mail to " + nobody);
                assertEquals(0, after.digest(nobody) - before.digest(nobody), kind + ": no digest line for " + nobody);
            }
            assertEquals(1, mailsTo("gast-" + run + "@example.org") - before.guest, kind + ": the confirmed guest");
            assertEquals(0, mailsTo("unbestaetigt-" + run + "@example.org"), kind + ": no mail to an unconfirmed address");
        }
        String subjects = lastSubjects("both");
        assertTrue(subjects.contains("Vorhaben „Vorhaben " + run + "“: umgesetzt"), subjects);
        assertTrue(subjects.contains("Meilenstein „Rollout“ verschoben"), subjects);
        assertTrue(subjects.contains("Kennzahl „Online-Quote“ jetzt im Plan"), subjects);
        assertTrue(text("SELECT body_text FROM outbox_mail WHERE recipient = '" + email("both") + "' AND subject LIKE"
                + " '%verschoben%'").contains("vom 01.01.2027 auf den 01.03.2027 verschoben"), "dates in the reader's form");
    }

    @Test
    void newsAboutANeedOrAClusterReachesItsPeopleNotTheItemsFollowers() throws Exception {
        Counts before = counts();
        fire(ItemNews.aboutNeed(item, ItemNews.Kind.NEED_LINKED, needB, Map.of()));
        Counts after = counts();
        assertEquals(1, after.mails("both") - before.mails("both"));
        assertEquals(0, after.digest("digest") - before.digest("digest"), "follows need A only");
        assertEquals(0, after.mails("itemFollower") - before.mails("itemFollower"));
        assertTrue(lastSubjects("both").contains("Ihr Anliegen fließt in das Vorhaben „Vorhaben " + run + "“"));

        before = counts();
        fire(ItemNews.aboutCluster(item, ItemNews.Kind.CLUSTER_UNLINKED, cluster, Map.of("reason",
                "Die Sammlung gehört zu einem anderen Vorhaben.")));
        after = counts();
        assertEquals(1, after.mails("both") - before.mails("both"), "one mail for a cluster of two followed needs");
        assertEquals(1, after.digest("digest") - before.digest("digest"));
        assertTrue(lastMailBody("both").contains("Die Sammlung gehört zu einem anderen Vorhaben."));
    }

    @Test
    void theDigestCarriesTheNews() throws Exception {
        fire(ItemNews.of(item, ItemNews.Kind.PROGRESS_PUBLISHED, Map.of("progress", "75")));
        long before = mailsTo(email("digest"));
        digests.sendAll();
        assertEquals(1, mailsTo(email("digest")) - before, "one digest mail");
        assertTrue(lastMailBody("digest").contains("„Vorhaben " + run + "“: 75 % umgesetzt"), lastMailBody("digest"));
    }

    // --- helpers

    private record Counts(Map<String, Long> mails, Map<String, Long> digests, long guest) {
        long mails(String who) {
            return mails.get(who);
        }

        long digest(String who) {
            return digests.get(who);
        }
    }

    private Counts counts() throws SQLException {
        Map<String, Long> mails = new LinkedHashMap<>();
        Map<String, Long> digestLines = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : people.entrySet()) {
            mails.put(p.getKey(), mailsTo(email(p.getKey())));
            digestLines.put(p.getKey(), number("SELECT COUNT(*) FROM digest_item WHERE profile_id = " + p.getValue()));
        }
        return new Counts(mails, digestLines, mailsTo("gast-" + run + "@example.org"));
    }

    private void fire(ItemNews itemNews) throws Exception {
        transaction.begin();
        news.fire(itemNews);
        transaction.commit();
    }

    private String email(String who) {
        return who + "-" + run + "@example.org";
    }

    private long mailsTo(String address) throws SQLException {
        return number("SELECT COUNT(*) FROM outbox_mail WHERE recipient = '" + address + "'");
    }

    private String lastMailBody(String who) throws SQLException {
        return text("SELECT body_text FROM outbox_mail WHERE recipient = '" + email(who) + "' ORDER BY id DESC LIMIT 1");
    }

    private String lastSubjects(String who) throws SQLException {
        return text("SELECT GROUP_CONCAT(subject SEPARATOR ' | ') FROM outbox_mail WHERE recipient = '" + email(who) + "'");
    }

    private void person(String name, String mode, long... follows) throws SQLException {
        long id = insert("INSERT INTO user_profile (subject, username, display_name, email, language, mail_mode, created_at,"
                + " last_sign_in_at) VALUES ('" + UUID.randomUUID() + "', '" + name + "-" + run + "', 'Testperson', '"
                + email(name) + "', 'de', '" + mode + "', NOW(6), NOW(6))");
        for (long need : follows) {
            execute("INSERT INTO need_follow (need_id, profile_id, active) VALUES (" + need + ", " + id + ", TRUE)");
        }
        people.put(name, id);
    }

    private long need(String name, String guestEmail, String unconfirmedToken) throws SQLException {
        return insert("INSERT INTO need (title, description, field, submitter_type, guest_email, guest_token_hash, language,"
                + " status, created_at, confirmed_at, published_at) VALUES ('Anliegen " + name + " " + run
                + "', 'Ein Anliegen für den Benachrichtigungstest.', 'ADMINISTRATION', 'CITIZEN', "
                + (guestEmail == null ? "NULL" : "'" + guestEmail + "'") + ", "
                + (unconfirmedToken == null ? "NULL" : "'" + unconfirmedToken + "'") + ", 'de', 'PUBLISHED', NOW(6), NOW(6),"
                + " NOW(6))"); // listed is a generated column
    }

    private long insert(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long number(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
        }
    }
}
