package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * /api/backlog/{id} over HTTP as another city's app would use it (issue #21): a published demo item with its
 * milestones (one moved with a public reason), KPIs, linked needs and clusters and its change history; unknown and
 * unpublished items are a problem document (RFC 9457); both addresses are in the OpenAPI document. The list and
 * "why this rank" are covered by BacklogBrowserIT.
 */
@ExtendWith(SharedPortal.class)
class BacklogApiIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedItemComesWithItsPlanKpisNeedsClustersAndHistory() throws Exception {
        // demo item 17 (Terminmanagement): from cluster 1 with its needs, KPIs 3 and 6, budget, contact, history
        HttpResponse<String> response = get("/api/backlog/17");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> item = new Json().toType(response.body(), Json.MAP_TYPE);
        assertEquals("IN_PROGRESS", ((Map<String, Object>) item.get("item")).get("status"), response.body());

        List<Map<String, Object>> milestones = (List<Map<String, Object>>) item.get("milestones");
        assertFalse(milestones.isEmpty(), response.body());
        assertTrue(milestones.stream().allMatch(m -> List.of("PLANNED", "DONE", "OVERDUE").contains(m.get("state"))));
        assertTrue(milestones.stream().anyMatch(m -> "DONE".equals(m.get("state")) && m.get("completedOn") != null),
                "the telephone quota was reached on 2 November 2026: " + milestones);

        List<Map<String, Object>> kpis = (List<Map<String, Object>>) item.get("kpis");
        assertEquals(2, kpis.size(), response.body());
        assertTrue(kpis.stream().allMatch(k -> k.get("status") != null && k.get("target2030") != null
                && String.valueOf(k.get("href")).matches("/api/kpis/\\d+")), kpis.toString());

        List<Map<String, Object>> needs = (List<Map<String, Object>>) item.get("needs");
        assertTrue(needs.stream().anyMatch(n -> "/api/needs/1".equals(n.get("href"))), "Clara's need 1: " + needs);
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) item.get("clusters");
        assertTrue(clusters.stream().anyMatch(c -> ((Number) c.get("id")).longValue() == 1 && c.get("title") != null),
                clusters.toString());

        Map<String, Object> history = (Map<String, Object>) item.get("history");
        assertTrue(((Number) history.get("total")).longValue() >= 4, history.toString());
        assertTrue(response.body().contains("\"field\":\"BUDGET_PLANNED\"") && response.body().contains("\"budget\":{"),
                response.body());
        assertTrue(response.body().contains("\"contact\":{\"name\":\"Bürgeramt, Terminservice\""), response.body());

        String kpi = get(String.valueOf(kpis.get(0).get("href"))).body();
        assertTrue(kpi.contains("\"backlogItemIds\":[") && kpi.contains("\"measurements\""), "the KPI link works: " + kpi);
    }

    @Test
    void aMovedMilestoneCarriesItsPublicReason() throws Exception {
        // demo item 12 (Mängelmelder): milestone 37 moved from 30 November 2026 to 31 January 2027
        String body = get("/api/backlog/12").body();
        assertTrue(body.contains("\"from\":\"2026-11-30\"") && body.contains("\"to\":\"2027-01-31\"")
                && body.contains("Datenschutz-Folgenabschätzung"), body);
        assertTrue(body.contains("\"field\":\"MILESTONE_MOVED\""), "and the history says so: " + body);
    }

    @Test
    void unknownAndUnpublishedItemsAreAProblemDocument() throws Exception {
        for (String path : List.of("/api/backlog/999999999", "/api/backlog/25", "/api/kpis/999999999")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path + ": " + response.headers().map());
            assertTrue(response.body().contains("\"status\":404") && response.body().contains("\"title\":\"Not Found\""),
                    response.body());
        }
        assertFalse(get("/api/backlog/25").body().contains("Mehrsprachige"), "a proposed item stays internal");
    }

    @Test
    void listAndDetailAreDescribedInTheOpenApiDocument() throws Exception {
        String openapi = get("/openapi").body();
        assertTrue(openapi.contains("/api/backlog/{id}") || openapi.contains("/backlog/{id}"), openapi);
        assertTrue(openapi.contains("BacklogItemDetail") && openapi.contains("BacklogMilestone")
                && openapi.contains("BacklogItemList") && openapi.contains("/kpis/{id}"), openapi);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
