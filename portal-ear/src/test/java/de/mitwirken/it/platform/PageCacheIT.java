package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cache of rendered public pages (issue #23) over HTTP: visitors share one copy without a nonce, a signed-in
 * person never gets it, a change shows within two seconds, an unchanged ETag gets 304, and the switch
 * portal.page-cache.enabled turns the cache off and on in a running server. Timings are printed, not judged
 * (./portal bench measures them); only the two seconds of the issue are checked.
 */
@ExtendWith(SharedPortal.class)
class PageCacheIT {

    private static final long NEED = 3; // a public demo need authored by a demo resident (no demo login)
    private static final String NEED_PAGE = "/needs/need.xhtml?id=" + NEED;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SUPPORTS = Pattern.compile("id=\"support-count\"[^>]*>([^<]+)<");
    private static final String STATE = "X-Page-Cache";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void twoVisitorsGetTheSameBytesWithoutANonceAndTheirScriptsByHash() throws Exception {
        HttpResponse<byte[]> first = untilCached("/needs/index.xhtml");
        HttpResponse<byte[]> second = get("/needs/index.xhtml", null, null);
        assertEquals("HIT", second.headers().firstValue(STATE).orElse(""));
        assertArrayEquals(first.body(), second.body());
        String html = new String(second.body(), StandardCharsets.UTF_8);
        assertFalse(html.contains("nonce="), "no nonce in a shared page");
        assertFalse(html.contains("name=\"csrf\""), "no CSRF token in a visitor's page");
        assertTrue(second.headers().allValues("Set-Cookie").isEmpty());
        List<String> policies = second.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (issue #26): " + policies);
        assertTrue(policies.stream().noneMatch(p -> p.contains("'nonce-")), policies.toString());
        assertTrue(policies.get(0).matches(".*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;.*"), policies.toString());
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), "the portal's own policy stays");
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
    }

    @Test
    void anUnchangedEtagGets304WithoutABody() throws Exception {
        HttpResponse<byte[]> page = untilCached("/backlog/index.xhtml");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/backlog/index.xhtml", null, etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, get("/backlog/index.xhtml", null, "\"another\"").statusCode());
        System.out.printf("page cache on this machine: 304 p95 %.1f ms, hit p95 %.1f ms (200 requests each)%n",
                p95(() -> get("/backlog/index.xhtml", null, etag)), p95(() -> get("/backlog/index.xhtml", null, null)));
    }

    @Test
    void aSignedInPersonNeverGetsACachedPageAndAChangeShowsWithinTwoSeconds() throws Exception {
        untilCached(NEED_PAGE);
        String[] session = signIn("citizen");
        try {
            post(session, "withdraw"); // a clean start whatever ran before
            Thread.sleep(2_500); // so that the copy read next is one rendered after the withdrawal, if it changed anything
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> own = get(NEED_PAGE, session[0], null);
                String html = new String(own.body(), StandardCharsets.UTF_8);
                assertEquals(200, own.statusCode());
                assertTrue(own.headers().firstValue(STATE).isEmpty(), "a signed-in page passes by the cache");
                assertTrue(html.contains(session[1]), "the person's own page, with their CSRF token");
                assertTrue(own.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")));
            }
            String before = supports(untilCached(NEED_PAGE));
            assertEquals(302, post(session, "support"), "the support was taken (back to the page)");
            long start = System.nanoTime();
            HttpResponse<byte[]> after = until(NEED_PAGE, r -> !supports(r).equals(before), 10_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("page cache: a change reached the visitors' page after " + millis + " ms");
            assertFalse(supports(after).equals(before), "the visitors' page shows the new support count");
            assertTrue(millis <= 2_000, "a change shows within 2 s, took " + millis + " ms");
            assertFalse(new String(after.body(), StandardCharsets.UTF_8).contains(session[1]));
        } finally {
            post(session, "withdraw");
        }
    }

    @Test
    void theSwitchTurnsTheCacheOffAndOnInTheRunningServer() throws Exception {
        untilCached("/board/index.xhtml");
        try {
            asadmin("false");
            long start = System.nanoTime();
            HttpResponse<byte[]> off = until("/board/index.xhtml", r -> r.headers().firstValue(STATE).isEmpty(), 75_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("page cache: switched off after " + millis + " ms");
            assertTrue(off.headers().firstValue(STATE).isEmpty() && millis <= 5_000,
                    "switched off within 5 s, took " + millis + " ms");
            assertTrue(off.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")),
                    "rendered for this visitor, with its nonce");
        } finally {
            asadmin("true");
        }
        HttpResponse<byte[]> on = until("/board/index.xhtml", r -> "HIT".equals(r.headers().firstValue(STATE).orElse("")),
                10_000);
        assertEquals("HIT", on.headers().firstValue(STATE).orElse(""), "on again");
    }

    private static void asadmin(String enabled) throws IOException, InterruptedException {
        String home = System.getProperty("it.payara.home");
        Process process = new ProcessBuilder(new File(home, "bin/asadmin").getPath(), "--interactive=false",
                "--port", System.getProperty("it.payara.adminPort"), "set-config-property", "--source=domain",
                "--propertyName=portal.page-cache.enabled", "--propertyValue=" + enabled)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private HttpResponse<byte[]> untilCached(String path) throws Exception {
        return until(path, r -> "HIT".equals(r.headers().firstValue(STATE).orElse("")), 10_000);
    }

    /** Asks every 50 ms until the answer fits or the time is up; the last answer. */
    private HttpResponse<byte[]> until(String path, Predicate<HttpResponse<byte[]>> fits, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        HttpResponse<byte[]> response = get(path, null, null);
        while (!fits.test(response) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            response = get(path, null, null);
        }
        return response;
    }

    private HttpResponse<byte[]> get(String path, String cookie, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String supports(HttpResponse<byte[]> page) {
        Matcher count = SUPPORTS.matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertTrue(count.find(), "the need page shows its supports");
        return count.group(1).strip();
    }

    private interface Call {
        HttpResponse<byte[]> send() throws Exception;
    }

    private static double p95(Call call) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            call.send();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos.get(189) / 1e6;
    }

    private int post(String[] session, String action) throws Exception {
        String form = "csrf=" + URLEncoder.encode(session[1], StandardCharsets.UTF_8) + "&need=" + NEED + "&action=" + action;
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url("/needs/action")))
                .header("Cookie", session[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Signs a demo account in through Keycloak in a browser; its session cookie and CSRF token. */
    private static String[] signIn(String username) {
        try (Browser browser = Browser.start()) {
            browser.open("/signin?next=" + URLEncoder.encode(NEED_PAGE, StandardCharsets.UTF_8));
            browser.signInAtKeycloak(username, "demo");
            browser.waitForPath("/needs/need.xhtml");
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            Matcher csrf = CSRF.matcher(browser.driver().getPageSource());
            assertTrue(csrf.find(), "the page carries the session's CSRF token");
            return new String[] {cookie, csrf.group(1)};
        }
    }
}
