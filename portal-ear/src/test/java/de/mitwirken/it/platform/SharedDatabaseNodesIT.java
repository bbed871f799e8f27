package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.control.NodeIdentity;
import de.mitwirken.platform.entity.Language;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #27: two nodes on one database, as CI can afford it — the portal deployed twice into the test server, the
 * second copy as another application ({@code /node2}) with its own caches, timers and node name. A change committed
 * in the shared database (the need's and the service's rows, as a node or an operator would write them; the
 * boundaries that do it for people need a signed-in role) shows on the second copy's cached page, in its need list
 * (ListingCache) and in its shared cache within two seconds; with both copies' timers running, every slot of a job
 * is claimed by one node, both nodes claim, and mails put into the outbox through the first copy's boundary arrive
 * exactly once each. Runs inside the first copy.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class SharedDatabaseNodesIT {

    private static final String SECOND = "node2";
    private static final long NEED = 3; // a public demo need authored by a demo resident
    private static final MailTemplate TEST_MAIL = new MailTemplate("de.mitwirken.platform.mails", "platform.test");
    private static final Pattern SUPPORTS = Pattern.compile("id=\"support-count\"[^>]*>([^<]+)<");

    @Deployment(name = "first", order = 1)
    static EnterpriseArchive first() {
        return Deployments.portalWithLibraries(List.of(GreenMail.class), SharedDatabaseNodesIT.class);
    }

    @Deployment(name = SECOND, order = 2, testable = false)
    static EnterpriseArchive second() {
        return Deployments.anotherNode(SECOND);
    }

    @Inject
    MailOutbox outbox;
    @Inject
    UserTransaction tx;
    @Inject
    NodeIdentity node;
    @Resource(lookup = "jdbc/portal-schema")
    DataSource db;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @OperateOnDeployment("first")
    void aChangeOfANeedShowsOnTheSecondNodesCachedPageAndListWithinTwoSeconds() throws Exception {
        String page = "/" + SECOND + "/needs/need.xhtml?id=" + NEED;
        String listPage = listPageWith(NEED);
        int before = supportsOnPage(untilCached(page)); // the second node served it from its cache
        int listedBefore = supportsInList(get(listPage), NEED);
        try {
            supportsBy(+1);
            long committed = System.nanoTime();
            long pageMs = -1;
            long listMs = -1;
            while ((pageMs < 0 || listMs < 0) && System.nanoTime() - committed < 10_000_000_000L) {
                if (pageMs < 0 && supportsOnPage(get(page)) == before + 1) {
                    pageMs = (System.nanoTime() - committed) / 1_000_000;
                }
                if (listMs < 0 && supportsInList(get(listPage), NEED) == listedBefore + 1) {
                    listMs = (System.nanoTime() - committed) / 1_000_000;
                }
                Thread.sleep(50);
            }
            System.out.printf("second node: page changed after %d ms, list after %d ms%n", pageMs, listMs);
            assertTrue(pageMs >= 0 && pageMs <= 2_000, "the second node's page within 2 s: " + pageMs + " ms");
            assertTrue(listMs >= 0 && listMs <= 2_000, "the second node's list within 2 s: " + listMs + " ms");
        } finally {
            supportsBy(-1);
        }
    }

    /** What a support does to the row the list and the page read (Participation needs a signed-in person). */
    private void supportsBy(int delta) throws SQLException {
        updateOneRow("UPDATE need SET support_count = support_count + ? WHERE id = ?", delta, NEED);
    }

    /** A change as another node or an operator makes it: committed at once, through the schema owner's pool. */
    private void updateOneRow(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate());
        }
    }

    /**
     * Services are the one entity EclipseLink keeps in its shared cache: another node's change reaches the second
     * node's answers only because its PublicDataWatch empties that cache when the data version moved (nothing else
     * would: the search index does not follow services). Changed here by SQL, as any node or an operator could.
     */
    @Test
    @OperateOnDeployment("first")
    void aServiceRenamedElsewhereShowsOnTheSecondNodeWithinTwoSeconds() throws Exception {
        long need;
        long service;
        String name;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT ns.need_id, s.id, s.name_de FROM need_service ns JOIN service s ON s.id = ns.service_id"
                        + " JOIN need n ON n.id = ns.need_id WHERE n.listed = TRUE ORDER BY ns.need_id LIMIT 1");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "a listed need with a service (demo data)");
            need = r.getLong(1);
            service = r.getLong(2);
            name = r.getString(3);
        }
        String path = "/" + SECOND + "/api/needs/" + need;
        assertTrue(get(path).contains(name), "the second node shows the service (and keeps it in its shared cache)");
        String renamed = name + " " + run;
        try {
            rename(service, renamed);
            long committed = System.nanoTime();
            long ms = -1;
            while (ms < 0 && System.nanoTime() - committed < 10_000_000_000L) {
                if (get(path).contains(renamed)) {
                    ms = (System.nanoTime() - committed) / 1_000_000;
                }
                Thread.sleep(50);
            }
            System.out.printf("second node: renamed service shown after %d ms%n", ms);
            assertTrue(ms >= 0 && ms <= 2_000, "the renamed service on the second node within 2 s: " + ms + " ms");
        } finally {
            rename(service, name);
        }
    }

    /**
     * Galera (the cluster's database, docs/operations.md) replicates row changes by primary key and certifies
     * conflicting writes by it; a table without one is replicated with a full scan per row on every other node.
     */
    @Test
    @OperateOnDeployment("first")
    void everyTableHasAPrimaryKeyAsGaleraNeeds() throws SQLException {
        List<String> without = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                        + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM"
                        + " information_schema.table_constraints k WHERE k.table_schema = t.table_schema"
                        + " AND k.table_name = t.table_name AND k.constraint_type = 'PRIMARY KEY')");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                without.add(r.getString(1));
            }
        }
        assertEquals(List.of(), without, "tables without a primary key");
    }

    private void rename(long service, String name) throws SQLException {
        updateOneRow("UPDATE service SET name_de = ? WHERE id = ?", name, service);
    }

    @Test
    @OperateOnDeployment("first")
    void everySlotOfAJobIsClaimedByOneNodeBothNodesClaimAndEachMailArrivesOnce() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        int port = Integer.parseInt(ConfigProvider.getConfig().getOptionalValue("it.smtp.port", String.class).orElse("28025"));
        GreenMail catcher = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        catcher.start();
        try {
            int count = 12;
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                recipients.add("nodes-" + run + "-" + i + "@example.org");
                tx.begin();
                outbox.enqueue(MailRequest.of(recipients.get(i), Language.DE, TEST_MAIL, Map.of("requestedBy", "SharedDatabaseNodesIT")));
                tx.commit();
            }
            long end = System.currentTimeMillis() + 40_000;
            while (System.currentTimeMillis() < end && (sent(recipients) < count || claimants(start).size() < 2)) {
                Thread.sleep(250);
            }
            Thread.sleep(3_000); // a mail sent twice would arrive by now
            assertEquals(count, sent(recipients), "every mail SENT after exactly one attempt");
            Map<String, Integer> received = new HashMap<>();
            Arrays.stream(catcher.getReceivedMessages()).forEach(m -> {
                try {
                    for (Address to : m.getAllRecipients()) {
                        received.merge(to.toString(), 1, Integer::sum);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (String recipient : recipients) {
                assertEquals(1, received.getOrDefault(recipient, 0), "mails to " + recipient);
            }
            Set<String> nodes = claimants(start);
            System.out.println("job claims since " + start + " by node: " + claimsByNode(start));
            assertEquals(2, nodes.size(), "both nodes claimed slots: " + nodes);
            assertTrue(nodes.contains(node.name()), nodes.toString());
            assertOneClaimPerSlot(start);
        } finally {
            catcher.stop();
        }
    }

    /** The primary key allows one row per slot; here: the outbox's slots were not taken twice by any means. */
    private void assertOneClaimPerSlot(Instant since) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT job, slot_start, COUNT(*) FROM job_claim WHERE claimed_at >= ? GROUP BY job, slot_start HAVING COUNT(*) > 1")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(!r.next(), "a slot claimed twice");
            }
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), TIMESTAMPDIFF(SECOND, MIN(slot_start), MAX(slot_start)) FROM job_claim"
                        + " WHERE job = 'platform.outbox' AND claimed_at >= ?")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long claims = r.getLong(1);
                long seconds = r.getLong(2);
                System.out.printf("outbox: %d slots claimed over %d s (one-second slots on two nodes)%n", claims, seconds);
                assertTrue(claims >= 3 && claims <= seconds + 1, claims + " claims in " + seconds + " s: one per slot");
            }
        }
    }

    private Set<String> claimants(Instant since) throws SQLException {
        return claimsByNode(since).keySet();
    }

    private Map<String, Integer> claimsByNode(Instant since) throws SQLException {
        Map<String, Integer> byNode = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT node, COUNT(*) FROM job_claim WHERE claimed_at >= ? GROUP BY node")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byNode.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return byNode;
    }

    private int sent(List<String> recipients) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND status = 'SENT' AND attempts = 1")) {
            s.setString(1, "nodes-" + run + "-%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The page of the second node's list API that holds the need (newest first; the demo data is small). */
    private String listPageWith(long need) throws Exception {
        for (int page = 0; page < 20; page++) {
            String path = "/" + SECOND + "/api/needs?page=" + page;
            JsonObject list = json(get(path));
            if (list.getJsonArray("items").isEmpty()) {
                break;
            }
            if (list.getJsonArray("items").stream().anyMatch(n -> n.asJsonObject().getJsonNumber("id").longValue() == need)) {
                return path;
            }
        }
        throw new AssertionError("need " + need + " not in the second node's list");
    }

    private int supportsInList(String body, long need) {
        return json(body).getJsonArray("items").stream().map(n -> n.asJsonObject())
                .filter(n -> n.getJsonNumber("id").longValue() == need).findFirst()
                .orElseThrow(() -> new AssertionError("need " + need + " left the page")).getInt("supports");
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static int supportsOnPage(String html) {
        Matcher m = SUPPORTS.matcher(html);
        assertTrue(m.find(), "support count on the page");
        Matcher number = Pattern.compile("\\d+").matcher(m.group(1));
        assertTrue(number.find(), "a number in " + m.group(1));
        return Integer.parseInt(number.group());
    }

    private String untilCached(String path) throws Exception {
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = response(path);
            if ("HIT".equals(r.headers().firstValue("X-Page-Cache").orElse(""))) {
                return r.body();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " never came from the second node's cache");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = response(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private HttpResponse<String> response(String path) throws Exception {
        String base = ConfigProvider.getConfig().getValue("portal.base.url", String.class).replaceAll("/$", "");
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
