package de.mitwirken.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the driver counts what a client sees: 503s sent again apart from errors, redirects, cookies. */
class BrowserTest {

    private HttpServer server;
    private String base;
    private final AtomicInteger busy = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // answers 503 (Retry-After 0) as long as "busy" is above zero, then 200
        server.createContext("/busy", x -> {
            boolean turnedAway = busy.getAndDecrement() > 0;
            x.getResponseHeaders().add("X-Served-By", "portal-2");
            if (turnedAway) {
                x.getResponseHeaders().add("Retry-After", "0");
            }
            answer(x, turnedAway ? 503 : 200, "ok");
        });
        server.createContext("/broken", x -> answer(x, 502, "bad gateway"));
        server.createContext("/forbidden", x -> answer(x, 403, "no"));
        // a Secure cookie over http (as Keycloak sets it), then a redirect to a page that echoes the cookies
        server.createContext("/login", x -> {
            x.getResponseHeaders().add("Set-Cookie", "AUTH=abc; Path=/; Secure; HttpOnly; SameSite=None");
            x.getResponseHeaders().add("Location", "/echo");
            answer(x, 302, "");
        });
        server.createContext("/echo", x -> answer(x, 200, String.valueOf(x.getRequestHeaders().getFirst("Cookie"))));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a503IsSentAgainAndCountedAsRetriedNotAsAnError() throws Exception {
        Tally tally = new Tally();
        busy.set(2);

        Browser.Page page = new Browser(Browser.client(), tally).get("public", base + "/busy");

        assertEquals(200, page.status());
        assertEquals("portal-2", page.servedBy());
        assertEquals(2, tally.retried503Count("public"));
        assertEquals(0, tally.errors("public"));
        assertEquals(1, tally.answered("public"));
    }

    @Test
    void anyOtherFailureStatusIsAnErrorAndATolerated403IsNot() throws Exception {
        Tally tally = new Tally();
        Browser browser = new Browser(Browser.client(), tally);

        browser.get("public", base + "/broken");
        browser.postForm("submission", base + "/forbidden", Map.of("a", "b"), Map.of(), 403);

        assertEquals(Map.of("HTTP 502", 1L), tally.errorCauses("public"));
        assertEquals(0, tally.errors("submission"));
        assertEquals(0, tally.retried503Count("public"));
    }

    @Test
    void noAnswerAtAllIsAnErrorThatStopsTheFlow() {
        Tally tally = new Tally();
        server.stop(0);

        assertThrows(Browser.NoAnswer.class, () -> new Browser(Browser.client(), tally).get("rush", base + "/busy"));
        assertEquals(1, tally.errors("rush"));
    }

    @Test
    void keepsSecureCookiesOverHttpAcrossARedirect() throws Exception {
        Browser.Page page = new Browser(Browser.client(), new Tally()).get("sign-in", base + "/login");

        assertEquals("AUTH=abc", page.body());
        assertEquals("/echo", page.uri().getPath());
    }
}
