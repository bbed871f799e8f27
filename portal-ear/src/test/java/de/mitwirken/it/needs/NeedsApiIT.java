package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public JSON API of needs over HTTP, as another city's app would use it: public data only. */
@ExtendWith(SharedPortal.class)
class NeedsApiIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void similarNeedsAreFoundByWordStemsNotByExactWords() throws Exception {
        HttpResponse<String> similar = get("/api/needs/similar?text="
                + URLEncoder.encode("Baugenehmigungen digital beantragen", StandardCharsets.UTF_8));
        assertEquals(200, similar.statusCode());
        assertTrue(similar.body().contains("Antrag auf Baugenehmigung online"), similar.body());
        assertEquals("[]", get("/api/needs/similar?text=ab").body().strip(), "too short to look for anything");
        assertEquals("[]", get("/api/needs/similar").body().strip());
    }

    @Test
    void theListIsPaginatedAndShowsOnlyPublishedNeeds() throws Exception {
        String page = get("/api/needs?page=0").body();
        assertTrue(page.contains("\"pageSize\":20") && page.contains("\"items\""), page);
        assertFalse(page.contains("\"status\":\"IN_REVIEW\"") || page.contains("\"status\":\"SUBMITTED\""), page);
        assertEquals(404, get("/api/needs/64").statusCode(), "a need still in review is not public");
        HttpResponse<String> unknown = get("/api/needs/999999999");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && unknown.body().contains("\"status\":404"), "problem details (RFC 9457): " + unknown.body());
        String filtered = get("/api/needs?field=MOBILITY").body();
        assertFalse(filtered.contains("\"field\":\"ADMINISTRATION\""), filtered);
    }

    @Test
    void anAnswerCarriesItsEasyToReadVersionOnlyWhenThereIsOne() throws Exception {
        String withEasy = get("/api/needs/4").body();
        assertTrue(withEasy.contains("\"easyText\":\"Danke für Ihren Vorschlag.\\nDie Stadt macht das."), withEasy);
        String without = get("/api/needs/10").body();
        assertTrue(without.contains("\"answer\":{") && !without.contains("easyText"), "left out when there is none: " + without);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocumentWithTheListsFilters() throws Exception {
        OpenAPI openapi = new OpenAPIV3Parser().readContents(get("/openapi?format=JSON").body()).getOpenAPI();
        assertTrue(openapi.getPaths().containsKey("/api/needs/similar"), openapi.getPaths().keySet().toString());
        assertEquals(List.of("q", "field", "service", "status", "submitter", "district", "sort", "page"),
                openapi.getPaths().get("/api/needs").getGet().getParameters().stream()
                        .map(p -> p.get$ref() == null ? p.getName() : p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1))
                        .toList(),
                "the list page's filters (validity and the generated client: OpenApiIT)");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
