package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        assertEquals(404, get("/api/needs/999999999").statusCode());
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
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        String openapi = get("/openapi").body();
        assertTrue(openapi.contains("/api/needs/similar") || openapi.contains("/needs/similar"), openapi);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
