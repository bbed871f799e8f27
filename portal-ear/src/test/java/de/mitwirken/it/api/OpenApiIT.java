package de.mitwirken.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import de.mitwirken.it.api.client.BacklogApi;
import de.mitwirken.it.api.client.BoardApi;
import de.mitwirken.it.api.client.ConferenceApi;
import de.mitwirken.it.api.client.KpisApi;
import de.mitwirken.it.api.client.NeedsApi;
import de.mitwirken.it.api.client.invoker.ApiClient;
import de.mitwirken.it.api.client.invoker.ApiException;
import de.mitwirken.it.api.client.model.BacklogItemList;
import de.mitwirken.it.api.client.model.ClusterRef;
import de.mitwirken.it.api.client.model.NeedList;
import de.mitwirken.it.api.client.model.ProblemDetails;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as a tool sees it: /openapi on the running server is the maintained document, valid for
 * swagger-parser in YAML and JSON; the Java client openapi-generator made of it (portal-ear's pom) reads the API,
 * with a reader that refuses any property the document does not declare, so real answers prove the schemas.
 */
@ExtendWith(SharedPortal.class)
class OpenApiIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theServedDocumentIsTheMaintainedOneAndValidInYamlAndJson() throws Exception {
        HttpResponse<String> yaml = get("/openapi", "*/*");
        assertEquals(200, yaml.statusCode());
        assertTrue(contentType(yaml).startsWith("application/yaml"), contentType(yaml));
        assertEquals("*", yaml.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "readable by tools elsewhere");
        assertEquals(Files.readString(Path.of(System.getProperty("it.openapi.file"))), yaml.body(),
                "Payara's generated document is off; the portal serves its own");
        assertValid(yaml.body());
        for (HttpResponse<String> json : List.of(get("/openapi?format=JSON", "*/*"), get("/openapi", "application/json"))) {
            assertTrue(contentType(json).startsWith("application/json"), contentType(json));
            assertTrue(json.body().startsWith("{\"openapi\":\"3.0.3\""), json.body().substring(0, 50));
            assertValid(json.body());
        }
    }

    @Test
    void theGeneratedClientReadsTheDemoNeeds() throws Exception {
        NeedsApi needs = new NeedsApi(client());
        NeedList first = needs.listNeeds(null, null, null, null, null, null, null, null);
        assertEquals(20, first.getPageSize());
        assertTrue(first.getTotal() > 0 && !first.getItems().isEmpty(), String.valueOf(first));
        NeedList found = needs.listNeeds("Baugenehmigung", null, null, null, null, null, null, 0);
        assertTrue(found.getItems().stream().anyMatch(n -> n.getTitle().equals("Antrag auf Baugenehmigung online")),
                String.valueOf(found.getItems()));
        assertTrue(needs.getNeed(4L).getAnswer().getEasyText().startsWith("Danke für Ihren Vorschlag."));
        ApiException missing = assertThrows(ApiException.class, () -> needs.getNeed(999_999_999L));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        ProblemDetails problem = client().getObjectMapper().readValue(missing.getResponseBody(), ProblemDetails.class);
        assertEquals(404, problem.getStatus());
    }

    @Test
    void everyReadingOperationAnswersWhatItsSchemaSays() throws Exception {
        ApiClient client = client();
        NeedsApi needs = new NeedsApi(client);
        assertFalse(needs.similarNeeds("Baugenehmigungen digital beantragen").isEmpty());
        List<ClusterRef> clusters = needs.listClusters();
        if (!clusters.isEmpty()) {
            assertEquals(clusters.get(0).getId(), needs.getCluster(clusters.get(0).getId()).getId());
        }
        BacklogApi backlog = new BacklogApi(client);
        BacklogItemList items = backlog.listBacklogItems(null, null, null);
        assertFalse(items.getItems().isEmpty());
        long item = items.getItems().get(0).getId();
        assertEquals(item, backlog.getBacklogItem(item, 0).getItem().getId());
        KpisApi kpis = new KpisApi(client);
        long kpi = kpis.listKpis().get(0).getId();
        assertEquals(kpi, kpis.getKpi(kpi).getId());
        BoardApi board = new BoardApi(client);
        board.getBoard();
        board.listRecommendations();
        board.listMeetings();
        board.listMembers();
        board.listCalls();
        ConferenceApi conference = new ConferenceApi(client);
        long edition = conference.listConferences().get(0).getId();
        assertEquals(edition, conference.getConference(edition).getId());
        ApiException unknown = assertThrows(ApiException.class, () -> conference.getConference(999_999L));
        assertEquals(404, unknown.getCode());
        assertTrue(unknown.getResponseBody().contains("\"error\":\"conference.error.notFound\""), unknown.getResponseBody());
        HttpResponse<String> nowhere = get("/api/nothing-here", "application/json");
        assertEquals(404, nowhere.statusCode());
        assertTrue(contentType(nowhere).startsWith("application/problem+json"), "JAX-RS's own errors too: " + nowhere.body());
    }

    /** The generated client, reading strictly: a property the document does not declare fails the test. */
    private static ApiClient client() {
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), Portal.base());
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    private static void assertValid(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertTrue(result.getOpenAPI().getPaths().containsKey("/api/needs"));
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
