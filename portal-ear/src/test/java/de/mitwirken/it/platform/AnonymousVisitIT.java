package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a visitor who is not signed in gets over plain HTTP: pages without sessions, friendly errors. */
@ExtendWith(SharedPortal.class)
class AnonymousVisitIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/needs/index.xhtml", "/backlog/index.xhtml", "/board/index.xhtml",
            "/conference/index.xhtml", "/platform/imprint.xhtml", "/platform/privacy.xhtml",
            "/platform/easy.xhtml", "/platform/contact.xhtml"})
    // not the accessibility statement: it holds the feedback form, and a form's view state lives in a session
    void publicPagesOpenNoSessionAndKeepNoViewState(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                () -> path + " opened a session: " + response.headers().allValues("Set-Cookie"));
        Matcher state = VIEW_STATE.matcher(response.body());
        while (state.find()) {
            assertEquals("stateless", state.group(1), path + " keeps view state on the server");
        }
        assertTrue(response.body().contains("<html lang=\"de\"") || response.body().contains("lang=\"de\""));
    }

    @Test
    void germanIsTheDefaultAndTheLanguageCookieSwitchesToEnglish() throws Exception {
        assertTrue(get("/", null).body().contains("Zum Inhalt springen"));
        String english = get("/", "mitwirken-lang=en").body();
        assertTrue(english.contains("lang=\"en\""));
        assertTrue(english.contains("Skip to content"));
    }

    @Test
    void theLanguageSwitchSetsTheCookieAndGoesBackButNeverToAnotherSite() throws Exception {
        HttpResponse<String> local = get("/language?to=en&next=%2Fplatform%2Fimprint.xhtml", null);
        assertEquals(302, local.statusCode());
        assertEquals(Portal.url("/platform/imprint.xhtml"), local.headers().firstValue("Location").orElseThrow());
        assertTrue(local.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("mitwirken-lang=en")));

        HttpResponse<String> foreign = get("/language?to=en&next=https%3A%2F%2Fevil.example%2F", null);
        assertEquals(Portal.url("/"), foreign.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundPageInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> german = get("/no/such/page.xhtml", null);
        assertEquals(404, german.statusCode());
        assertTrue(german.body().contains("Seite nicht gefunden"), german.body());
        assertNoStackTrace(german.body());

        HttpResponse<String> english = get("/no-such-thing", "mitwirken-lang=en");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"));
    }

    @Test
    void protectedPagesSendVisitorsToSignIn() throws Exception {
        for (String path : new String[] {"/platform/admin/index.xhtml", "/platform/profile.xhtml", "/signin"}) {
            HttpResponse<String> response = get(path, null);
            assertEquals(302, response.statusCode(), path);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(Portal.keycloak() + "/realms/mitwirken/protocol/openid-connect/auth"),
                    path + " -> " + location);
        }
    }

    @Test
    void signOutByGetChangesNothingAndAForgedPostIsRefused() throws Exception {
        assertEquals(302, get("/signout", null).statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/signout")))
                .POST(HttpRequest.BodyPublishers.ofString("csrf=forged"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, post.statusCode(), "without a session there is nothing to sign out of");
        assertEquals(Portal.url("/"), post.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        String conference = firstId(get("/api/conferences", null).body());
        // pages, error pages (404, 403), servlet answers (a download, a refusal), the sign-in mechanism's own
        // redirect to Keycloak (given before any filter runs), the API, static resources (issue #20)
        for (String path : new String[] {"/", "/no-such-page", "/language?to=en&next=%2F",
                "/conference/calendar?conference=" + conference, "/conference/calendar?conference=999999999",
                "/needs/attachment", "/signin?next=%2F", "/platform/admin/index.xhtml", "/resources/css/portal.css",
                "/api/conferences", "/api/needs/999999999", "/jakarta.faces.resource/portal.css.xhtml?ln=css"}) {
            HttpResponse<String> response = get(path, null);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""),
                    path);
            assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Opener-Policy").orElse(""), path);
            assertTrue(response.headers().firstValue("Permissions-Policy").orElse("").contains("geolocation=()"), path);
            String csp = String.join(" | ", response.headers().allValues("Content-Security-Policy"));
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), path + ": " + csp);
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
        }
        HttpResponse<String> calendar = get("/conference/calendar?conference=" + conference, null);
        assertEquals(200, calendar.statusCode());
        assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR"), calendar.body());
        HttpResponse<String> signIn = get("/signin?next=%2F", null);
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                "the redirect to Keycloak comes from the sign-in mechanism: " + signIn.headers().map());
        // rendered for this visitor: the page's nonce; a copy of the page cache: the hashes of its inline scripts
        List<String> pageCsp = get("/", null).headers().allValues("Content-Security-Policy");
        assertEquals(1, pageCsp.size(), "one policy (issue #26): " + pageCsp);
        assertTrue(pageCsp.get(0).matches(".*script-src 'self'( '(nonce|sha256)-[A-Za-z0-9+/=]+')*;.*"),
                "JSF pages allow only scripts of the portal and with the page's nonce or hashes: " + pageCsp);
        assertFalse(get("/", null).body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handlers");
    }

    @Test
    void aForgedPostbackGetsAFriendlyErrorPageNotAStackTrace() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/index.xhtml")))
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=forged%3A123&j_idt5=j_idt5"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(post.statusCode() == 400 || post.statusCode() == 200 || post.statusCode() == 302,
                "status " + post.statusCode());
        assertNoStackTrace(post.body());
        assertTrue(post.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void readinessChecksTheDatabaseAndTheFrontDoor() throws Exception {
        HttpResponse<String> response = get("/health/ready", null);
        assertEquals(200, response.statusCode());
        String body = response.body().replaceAll("\\s", "");
        assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"front-door\",\"status\":\"UP\""), body);
    }

    @Test
    void templatesAndRawResourcesAreNotServed() throws Exception {
        assertEquals(404, get("/WEB-INF/templates/page.xhtml", null).statusCode());
        assertEquals(403, get("/resources/css/portal.css", null).statusCode());
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(Pattern.compile("[A-Za-z]+(Exception|Error): ").matcher(body).find(), "error page names an exception");
        assertFalse(Pattern.compile("(?m)^\\s*at [\\w.$]+\\(").matcher(body).find(), "error page shows a stack trace");
    }
}
