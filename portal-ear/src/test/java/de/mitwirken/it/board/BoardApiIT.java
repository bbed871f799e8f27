package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The board's public JSON: only consenting members, no reasons for leaving, only approved public minutes. */
@ExtendWith(SharedPortal.class)
class BoardApiIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void membersAreListedOnlyWithTheirConsent() throws Exception {
        HttpResponse<String> members = get("/api/board/members");
        assertEquals(200, members.statusCode());
        assertTrue(members.body().contains("\"name\":\"Christiane Hoffmann\"") && members.body().contains("\"role\":\"CHAIR\""),
                members.body());
        assertFalse(members.body().contains("Lena Fischer"), "a member who did not consent is not listed");
        assertFalse(members.body().contains("motivation") || members.body().contains("conflict"), members.body());
        assertTrue(get("/api/board/calls").body().contains("Zwei weitere Sitze"));
    }

    @Test
    void meetingsCarryOnlyApprovedPublicMinutes() throws Exception {
        String meetings = get("/api/board/meetings").body();
        assertTrue(meetings.contains("Der Beirat unterstützt die Ausweitung der Online-Termine"), meetings);
        assertFalse(meetings.contains("Vertrauliche Angaben"), "internal minutes stay internal");
        assertFalse(meetings.contains("Barrierefreiheit als Kriterium"), "minutes not yet approved stay internal");
        assertFalse(meetings.contains("video.musterstadt.example"), "the online link is for the members");
        String overview = get("/api/board").body();
        assertTrue(overview.contains("\"members\"") && overview.contains("\"openCalls\"")
                && overview.contains("\"upcomingMeetings\"") && overview.contains("\"meetingsWithMinutes\""), overview);
        assertTrue(get("/openapi").body().contains("/board/meetings"), "documented in the OpenAPI document");
    }

    @Test
    void recommendationsAreVotedOnesWithTheirWay() throws Exception {
        String recommendations = get("/api/board/recommendations").body();
        assertTrue(recommendations.contains("\"status\":\"IMPLEMENTED\"") && recommendations.contains("Ausschuss für Digitalisierung"),
                recommendations);
        assertTrue(recommendations.contains("\"votedYes\":[") && recommendations.contains("Christiane Hoffmann"),
                "an open vote names the voters");
        assertFalse(recommendations.contains("Offene Daten zu Baustellen"), "a draft is not public");
        assertTrue(get("/api/board").body().contains("\"recommendations\""));
        assertTrue(recommendations.contains("\"easyText\":\"Der Beirat hat einen Vorschlag für die Stadt."),
                "the easy-to-read version of the demo's first recommendation: " + recommendations);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Accept-Language", "de").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
