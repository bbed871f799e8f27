package de.mitwirken.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
    void aPostWhoseConnectionClosedBeforeAnyAnswerIsSentOnceMoreAndCountedApart() throws Exception {
        try (ClosingFront front = new ClosingFront(1)) {
            Tally tally = new Tally();

            Browser.Page page = new Browser(Browser.client(), tally).postForm("submission", front.url(), Map.of("title", "x"), Map.of());

            assertEquals(200, page.status());
            assertEquals(2, front.requests.get());
            assertEquals(1, tally.resentClosedCount("submission"));
            assertEquals(0, tally.errors("submission"));
        }
    }

    @Test
    void aSecondCloseBeforeAnyAnswerIsAnError() throws Exception {
        try (ClosingFront front = new ClosingFront(2)) {
            Tally tally = new Tally();

            assertThrows(Browser.NoAnswer.class, () -> new Browser(Browser.client(), tally).postForm("submission",
                    front.url(), Map.of("title", "x"), Map.of()));
            assertEquals(2, front.requests.get());
            assertEquals(1, tally.resentClosedCount("submission"));
            assertEquals(Map.of("no answer: java.io.IOException: HTTP/1.1 header parser received no bytes", 1L),
                    tally.errorCauses("submission"));
        }
    }

    /**
     * A front that reads one request per connection and closes the first {@code closeFirst} connections without a
     * byte of an answer (as HAProxy closing a kept-alive connection the moment a request comes), then answers 200.
     */
    private static final class ClosingFront implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        private final ServerSocket socket;
        private final Thread thread;

        ClosingFront(int closeFirst) throws java.io.IOException {
            socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(closeFirst));
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/needs";
        }

        private void serve(int closeFirst) {
            try {
                for (int i = 0; i <= closeFirst; i++) {
                    try (Socket s = socket.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                                length = Integer.parseInt(line.substring(15).strip());
                            }
                        }
                        in.skip(length);
                        requests.incrementAndGet();
                        if (i >= closeFirst) {
                            OutputStream out = s.getOutputStream();
                            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the test closed the socket: nothing more to serve
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }

    @Test
    void keepsSecureCookiesOverHttpAcrossARedirect() throws Exception {
        Browser.Page page = new Browser(Browser.client(), new Tally()).get("sign-in", base + "/login");

        assertEquals("AUTH=abc", page.body());
        assertEquals("/echo", page.uri().getPath());
    }
}
