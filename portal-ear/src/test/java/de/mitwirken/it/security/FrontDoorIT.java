package de.mitwirken.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Front-door hygiene (issue #26) over HTTP, as anyone on the internet sees the portal: no response names the server
 * product or its version (headers and bodies, error pages of every kind included), every error of the API is
 * problem details (RFC 9457) and never HTML, Jersey's WADL is not there, HTML pages carry one Content-Security-Policy
 * without 'unsafe-inline' for scripts, and a client's own X-Forwarded-Proto does not make the portal think it is
 * served over HTTPS (the test domain does not sit behind a proxy: portal.proxy.forwarded-proto is off).
 */
@ExtendWith(SharedPortal.class)
class FrontDoorIT {

    /** The product, its makers' names for it, the runtime, and a version of the form Payara's has (6.2025.9). */
    private static final Pattern PRODUCT = Pattern.compile(
            "payara|glassfish|grizzly|badassfish|java/|jdk|\\b\\d+\\.20\\d\\d\\.\\d+\\b|servlet/\\d", Pattern.CASE_INSENSITIVE);

    /**
     * A random value (a script nonce, the CSRF token, a view state, a cookie's value): quoted or after "=", at least
     * 16 characters of base64/hex alphabet and no dot or space, so a product name with its version is never one. Such
     * a value is taken out before matching, as it spells "jdk" or "java/" now and then by chance (a CI run saw it once).
     */
    private static final Pattern RANDOM_VALUE = Pattern.compile("(?<=[\"'=])[A-Za-z0-9+/_:-]{16,}={0,2}(?=[\"';]|$)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noResponseNamesTheProductOrItsVersion() throws Exception {
        String conference = firstId(send("GET", "/api/conferences", null, null, null).body());
        List<String> failures = new ArrayList<>();
        List<String[]> requests = List.of(
                new String[] {"GET", "/"}, new String[] {"GET", "/needs/index.xhtml"},
                new String[] {"GET", "/resources/css/portal.css"},
                new String[] {"GET", "/jakarta.faces.resource/portal.css.xhtml?ln=css"},
                new String[] {"GET", "/no-such-page"}, new String[] {"GET", "/no/such/file.png"},
                new String[] {"GET", "/WEB-INF/web.xml"}, new String[] {"GET", "/error/500.xhtml"},
                new String[] {"POST", "/index.xhtml"}, new String[] {"TRACE", "/"}, new String[] {"DELETE", "/"},
                new String[] {"FOO", "/"},
                new String[] {"GET", "/openapi"}, new String[] {"GET", "/health/ready"},
                new String[] {"GET", "/api/conferences"}, new String[] {"GET", "/api/needs/999999999"},
                new String[] {"GET", "/api/needs/abc"}, new String[] {"GET", "/api/conferences/" + conference},
                new String[] {"GET", "/api/no-such-resource"}, new String[] {"GET", "/api/application.wadl"},
                new String[] {"POST", "/api/needs"}, new String[] {"DELETE", "/api/conferences"});
        for (String[] request : requests) {
            HttpResponse<String> response = send(request[0], request[1], null, null, null);
            checkNoProduct(request[0] + " " + abbreviate(request[1]), response.statusCode(), response.headers().map(),
                    response.body(), failures);
        }
        for (String raw : List.of("GET /\u0001 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "NONSENSE\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: x\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "X-Big: " + "y".repeat(20_000) + "\r\n\r\n",
                "GET " + "/x".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            String answer = raw(raw);
            if (PRODUCT.matcher(answer).find()) {
                failures.add("raw " + abbreviate(raw) + ": " + abbreviate(answer));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyApiErrorIsProblemDetailsNeverHtml() throws Exception {
        String conference = firstId(send("GET", "/api/conferences", null, null, null).body());
        record Case(String method, String path, String contentType, String accept, String body, int status) { }
        List<Case> cases = List.of(
                new Case("GET", "/api/needs/999999999", null, null, null, 404), // an unknown id
                new Case("GET", "/api/conferences/999999999", null, null, null, 404),
                new Case("GET", "/api/backlog/999999999", null, null, null, 404),
                new Case("GET", "/api/kpis/999999999", null, null, null, 404),
                new Case("GET", "/api/needs/clusters/999999999", null, null, null, 404),
                new Case("GET", "/api/needs/abc", null, null, null, 404), // a path number that is no number
                new Case("GET", "/api/no-such-resource", null, null, null, 404),
                new Case("GET", "/api/application.wadl", null, null, null, 404), // Jersey's WADL: off
                new Case("POST", "/api/needs", "application/json", null, "{}", 405), // a method the address does not take
                new Case("PUT", "/api/conferences/" + conference, "application/json", null, "{}", 405),
                new Case("POST", "/api/conferences/" + conference + "/registrations", "text/plain", null, "x", 415),
                new Case("GET", "/api/needs", null, "application/xml", null, 406),
                new Case("POST", "/api/conferences/" + conference + "/registrations", "application/json", null,
                        "{\"name\": ", 400)); // malformed JSON
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = send(c.method(), c.path(), c.contentType(), c.accept(), c.body());
            String what = c.method() + " " + c.path();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != c.status()) {
                failures.add(what + ": HTTP " + response.statusCode() + ", expected " + c.status());
            }
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + ": " + type + " " + abbreviate(response.body()));
            }
            String body = response.body().replace(" ", "");
            if (!body.contains("\"status\":" + response.statusCode()) || !body.contains("\"title\":\"")
                    || body.toLowerCase(Locale.ROOT).contains("<html")) {
                failures.add(what + ": no problem details: " + abbreviate(response.body()));
            }
            checkNoProduct(what, response.statusCode(), response.headers().map(), response.body(), failures);
        }
        HttpResponse<String> notAllowed = send("POST", "/api/needs", "application/json", null, "{}");
        assertTrue(notAllowed.headers().firstValue("Allow").orElse("").contains("GET"),
                "a 405 still names the methods: " + notAllowed.headers().map());
        assertEquals(List.of(), failures);
    }

    @Test
    void htmlPagesCarryOnePolicyWithoutInlineScripts() throws Exception {
        for (String path : List.of("/", "/needs/index.xhtml", "/platform/privacy.xhtml", "/no-such-page",
                "/conference/index.xhtml")) {
            HttpResponse<String> response = send("GET", path, null, null, null);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            String scripts = directive(policies.get(0), "script-src");
            assertTrue(scripts.matches("script-src 'self'( '(nonce|sha256)-[A-Za-z0-9+/=]+')*"), path + ": " + scripts);
            assertFalse(scripts.contains("unsafe"), path + ": " + scripts);
        }
    }

    @Test
    void aClientsOwnForwardedProtoIsNotTrustedUnlessThePortalSitsBehindAProxy() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.url("/language?to=en&next=%2F")))
                .header("X-Forwarded-Proto", "https").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), response.headers().map().toString());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the language cookie is set");
        assertTrue(cookies.stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).contains("secure")), cookies.toString());
    }

    private static void checkNoProduct(String what, int status, java.util.Map<String, List<String>> headers, String body,
                                       List<String> failures) {
        if (headers.containsKey("x-powered-by") || headers.containsKey("X-Powered-By")) {
            failures.add(what + " (" + status + "): X-Powered-By " + headers);
        }
        headers.forEach((name, values) -> {
            for (String value : values) {
                if (PRODUCT.matcher(withoutRandomValues(value)).find()
                        && !name.equalsIgnoreCase("content-security-policy")) {
                    failures.add(what + " (" + status + "): header " + name + ": " + value);
                }
            }
        });
        Matcher product = PRODUCT.matcher(withoutRandomValues(body == null ? "" : body));
        if (product.find()) {
            failures.add(what + " (" + status + "): body names \"" + product.group() + "\": " + abbreviate(body));
        }
    }

    private static String withoutRandomValues(String text) {
        return RANDOM_VALUE.matcher(text).replaceAll("RANDOM");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String accept, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the server answers to bytes that are no proper HTTP request (the answer up to the closed connection). */
    private static String raw(String request) throws Exception {
        URI base = URI.create(Portal.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0 && answer.size() < 200_000; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the server kept the connection open or reset it: what came so far is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Headers and a body of the announced length have arrived. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(answer.substring(0, end));
        return length.find() && answer.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "·");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
