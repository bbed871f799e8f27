package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.boundary.RoadmapPage;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the public roadmap comes in pages of 50 that the database filters, orders and cuts.
 * The demo data has few published items, so the test writes 110 of its own (all in MOBILITY, every other
 * one LONG_2030, a few ranked) and removes them afterwards; the other tests' items may be there too, so
 * every figure is compared with the whole list (what the CSV export and the API give).
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class RoadmapPagingIT {

    private static final int ADDED = 110;
    private static final int PAGE_SIZE = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(RoadmapPagingIT.class, Portal.class);
    }

    @Inject
    PublicRoadmap roadmap;

    @Resource(lookup = "jdbc/portal")
    DataSource app;

    @Test
    void theRoadmapIsPagedByTheDatabaseWithTheTotalAndTheFilterKept() throws Exception {
        String marker = "Seitentest " + UUID.randomUUID().toString().substring(0, 8);
        try {
            insertPublishedItems(marker);

            List<ItemSummary> all = roadmap.roadmap(null, null);
            assertTrue(all.size() >= ADDED, "the whole list (CSV, API) still has every published item");
            RoadmapPage first = roadmap.page(null, null, 0);
            assertEquals(all.size(), first.total(), "the total is all matching items, not the page size");
            assertEquals(PAGE_SIZE, first.pageSize());
            assertEquals(PAGE_SIZE, first.items().size());
            assertEquals((all.size() + PAGE_SIZE - 1) / PAGE_SIZE, first.pages());

            List<Long> paged = new ArrayList<>();
            for (int p = 0; p < first.pages(); p++) {
                RoadmapPage page = roadmap.page(null, null, p);
                assertEquals(p, page.page());
                assertTrue(!page.items().isEmpty() && page.items().size() <= PAGE_SIZE, "page " + p);
                page.items().forEach(i -> paged.add(i.id()));
            }
            assertEquals(all.stream().map(ItemSummary::id).toList(), paged,
                    "the pages one after the other are the whole list: same order, nothing twice, nothing left out");
            assertInRoadmapOrder(all);
            assertEquals(first.pages() - 1, roadmap.page(null, null, 9_999).page(), "beyond the last: the last page");

            List<ItemSummary> mobilityLong = roadmap.roadmap(StrategyField.MOBILITY, Horizon.LONG_2030);
            assertTrue(mobilityLong.size() >= ADDED / 2 && mobilityLong.size() > PAGE_SIZE, "more than one page");
            assertTrue(mobilityLong.stream().allMatch(i -> i.fields().contains(StrategyField.MOBILITY)
                    && i.horizon() == Horizon.LONG_2030), "the database filters by field and horizon");
            RoadmapPage second = roadmap.page(StrategyField.MOBILITY, Horizon.LONG_2030, 1);
            assertEquals(mobilityLong.size(), second.total());
            assertEquals(mobilityLong.subList(PAGE_SIZE, Math.min(2 * PAGE_SIZE, mobilityLong.size())).stream()
                    .map(ItemSummary::id).toList(), second.items().stream().map(ItemSummary::id).toList());
            assertEquals(0, roadmap.page(StrategyField.ADMINISTRATION, Horizon.LONG_2030, 0).items().stream()
                    .filter(i -> i.title().startsWith(marker)).count(), "another field has none of them");

            String html = get("/backlog/index.xhtml?field=MOBILITY&horizon=LONG_2030&page=1");
            assertTrue(html.contains(String.format(java.util.Locale.GERMANY, "%,d Vorhaben", mobilityLong.size())),
                    "the page shows the total, not the page size");
            Matcher current = Pattern.compile("<span aria-current=\"page\">([^<]*)</span>").matcher(html);
            assertTrue(current.find(), html);
            assertEquals("Seite 2 von " + second.pages(), current.group(1).strip().replaceAll("\\s+", " "));
            assertTrue(html.contains("href=\"/backlog/index.xhtml?field=MOBILITY&amp;horizon=LONG_2030\" rel=\"prev\""),
                    "the previous page keeps the filter");
            if (second.pages() > 2) {
                assertTrue(html.contains("href=\"/backlog/index.xhtml?field=MOBILITY&amp;horizon=LONG_2030&amp;page=2\""
                        + " rel=\"next\""), "the next page keeps the filter");
            }
            assertEquals(second.items().size(), count(html, "/backlog/item.xhtml?id="), "one page of rows is rendered");
            String firstHtml = get("/backlog/index.xhtml");
            assertTrue(firstHtml.contains("Seite 1 von " + first.pages()) && firstHtml.contains("rel=\"next\"")
                    && !firstHtml.contains("rel=\"prev\""), "page 1 links to page 2 only");
            assertEquals(PAGE_SIZE, count(firstHtml, "/backlog/item.xhtml?id="));
        } finally {
            try (Connection c = app.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM backlog_item WHERE title LIKE ?")) {
                delete.setString(1, marker + "%");
                delete.executeUpdate();
            }
        }
    }

    /** Ranked items by rank first, then the unranked ones by id. */
    private static void assertInRoadmapOrder(List<ItemSummary> items) {
        for (int k = 1; k < items.size(); k++) {
            ItemSummary a = items.get(k - 1);
            ItemSummary b = items.get(k);
            boolean ordered = a.rank() != null && b.rank() != null ? a.rank() < b.rank()
                    || a.rank().equals(b.rank()) && a.id() < b.id()
                    : a.rank() != null || b.rank() == null && a.id() < b.id();
            assertTrue(ordered, "roadmap order at " + k + ": " + a + " before " + b);
        }
    }

    private void insertPublishedItems(String marker) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = app.getConnection(); PreparedStatement item = c.prepareStatement(
                "INSERT INTO backlog_item (title, description, owner_department, horizon, status, progress, item_rank,"
                        + " created_at, created_by) VALUES (?, 'Test der Seiten', 'Amt für Tests', ?, ?, 0, ?, NOW(6), 'it')",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int k = 0; k < ADDED; k++) {
                item.setString(1, marker + " " + k);
                item.setString(2, k % 2 == 0 ? "LONG_2030" : "SHORT_2025");
                item.setString(3, k % 3 == 0 ? "IN_PROGRESS" : "PRIORITISED");
                if (k < 4) {
                    item.setInt(4, 100_000 - k);
                } else {
                    item.setNull(4, java.sql.Types.INTEGER);
                }
                item.executeUpdate();
                try (ResultSet keys = item.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
            try (PreparedStatement field = c.prepareStatement("INSERT INTO backlog_item_field (item_id, field) VALUES (?, ?)")) {
                for (int k = 0; k < ids.size(); k++) {
                    field.setLong(1, ids.get(k));
                    field.setString(2, "MOBILITY");
                    field.executeUpdate();
                    if (k % 2 == 1) {
                        field.setString(2, "SOCIETY");
                        field.executeUpdate();
                    }
                }
            }
        }
        assertEquals(ADDED, new HashSet<>(ids).size());
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
