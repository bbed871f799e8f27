package de.mitwirken.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.council.entity.CrawlResult;
import de.mitwirken.council.control.JpaCouncilStore;
import de.mitwirken.council.control.OparlCrawl;
import de.mitwirken.council.control.OparlFetcher;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #25, the round trip: the portal's own OParl client (the council crawl) reads the portal's own OParl server
 * and finds every published meeting and paper, as a council information system would find them. The expected ids
 * are read from the server's lists page by page; the crawl is the one the job runs, pointed at the portal's /oparl.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class OparlRoundTripIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(OparlRoundTripIT.class);
    }

    @EJB
    JpaCouncilStore store;
    @Resource(lookup = "jdbc/portal")
    DataSource db;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thePortalsOwnClientFindsEveryPublishedMeetingAndPaper() throws Exception {
        String system = ConfigProvider.getConfig().getValue("portal.base.url", String.class) + "/oparl";
        Set<String> meetings = walk(system.replace("/oparl", "/oparl/body/1/meetings"));
        Set<String> papers = walk(system.replace("/oparl", "/oparl/body/1/papers"));
        assertFalse(meetings.isEmpty(), "the demo board's meetings are published");
        assertTrue(papers.stream().anyMatch(p -> p.contains("/paper/recommendation-")), "adopted recommendations: " + papers);
        assertTrue(papers.stream().anyMatch(p -> p.contains("/paper/report-")), "the released demo report: " + papers);

        // the crawl's own code, without the job's lease: the job's crawl of the fixture council goes on beside it
        CrawlResult figures = new OparlCrawl(new OparlFetcher(Duration.ofSeconds(30), 4, Duration.ofSeconds(1)),
                store, Clock.systemUTC()).crawl(system);
        System.out.println("round trip: " + figures);

        assertTrue(stored("council_meeting").containsAll(meetings),
                "every published meeting was crawled; missing: " + missing(meetings, stored("council_meeting")));
        assertTrue(stored("council_paper").containsAll(papers),
                "every published paper was crawled; missing: " + missing(papers, stored("council_paper")));
        assertEquals(meetings, within(stored("council_meeting"), system), "and nothing else of this portal");
        assertEquals(papers, within(stored("council_paper"), system), "and nothing else of this portal");
    }

    /** The ids of a list's objects that are not deleted, page by page along links.next. */
    private Set<String> walk(String url) throws Exception {
        Set<String> ids = new TreeSet<>();
        String next = url;
        for (int pages = 0; next != null; pages++) {
            assertTrue(pages < 1000, "the list ends");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(next)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), next + ": " + response.body());
            JsonObject page;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                page = reader.readObject();
            }
            for (JsonValue value : page.getJsonArray("data")) {
                JsonObject object = value.asJsonObject();
                if (!object.getBoolean("deleted", false)) {
                    ids.add(object.getString("id"));
                }
            }
            JsonObject links = page.getJsonObject("links");
            next = links != null && links.containsKey("next") ? links.getString("next") : null;
        }
        return ids;
    }

    /** The OParl ids the crawl stored in a council table, deleted ones left out. */
    private Set<String> stored(String table) throws Exception {
        Set<String> ids = new TreeSet<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT oparl_id FROM " + table + " WHERE deleted = FALSE");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Set<String> within(Set<String> ids, String system) {
        Set<String> ours = new TreeSet<>();
        ids.stream().filter(id -> id.startsWith(system + "/")).forEach(ours::add);
        return ours;
    }

    private static Set<String> missing(Set<String> expected, Set<String> found) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        return missing;
    }
}
