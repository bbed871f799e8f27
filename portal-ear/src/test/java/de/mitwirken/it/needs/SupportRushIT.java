package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support counts stay exact under parallel clicks: eight people, each clicking "support" three times at
 * once (24 real HTTP requests released together), add exactly eight supports; withdrawing the same way
 * takes exactly eight away. Eight comments sent at once all arrive and are all counted (an insert that
 * refers to the need followed by the counter's update used to deadlock and drop one of them).
 */
@ExtendWith(SharedPortal.class)
class SupportRushIT {

    private static final List<String> PEOPLE = List.of("citizen", "org-rep", "board-member", "board-chair",
            "moderator", "organizer", "strategy-office", "admin");
    private static final long NEED = 3; // a public demo need authored by a demo resident (no demo login)
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"supportCount\"\\s*:\\s*(\\d+)");
    private static final Pattern COMMENTS = Pattern.compile("\"commentCount\"\\s*:\\s*(\\d+)");
    private static final List<String[]> SESSIONS = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void parallelClicksCountEachPersonOnce() throws Exception {
        List<String[]> sessions = sessions();
        for (String[] s : sessions) {
            post(s, "withdraw"); // a clean start whatever earlier tests did
        }
        int before = count(COUNT);

        AtomicInteger next = new AtomicInteger();
        List<Parallel.Outcome<Integer>> clicks = Parallel.run(24, () -> post(sessions.get(next.getAndIncrement() % 8), "support"));
        assertTrue(clicks.stream().allMatch(o -> o.succeeded() && o.value() == 302), () -> "answers: " + clicks);
        assertEquals(before + 8, count(COUNT), "each person counts once");

        next.set(0);
        List<Parallel.Outcome<Integer>> withdrawals = Parallel.run(24, () -> post(sessions.get(next.getAndIncrement() % 8), "withdraw"));
        assertTrue(withdrawals.stream().allMatch(o -> o.succeeded() && o.value() == 302));
        assertEquals(before, count(COUNT));
    }

    @Test
    void parallelCommentsAllArriveAndAreCounted() throws Exception {
        List<String[]> sessions = sessions();
        int before = count(COMMENTS);
        String run = Long.toString(System.nanoTime(), 36);

        AtomicInteger next = new AtomicInteger();
        List<Parallel.Outcome<Integer>> comments = Parallel.run(8, () -> {
            int i = next.getAndIncrement();
            return post(sessions.get(i), "comment&body=" + URLEncoder.encode("Gleichzeitig " + run + "-" + i,
                    StandardCharsets.UTF_8));
        });
        assertTrue(comments.stream().allMatch(o -> o.succeeded() && o.value() == 302), () -> "answers: " + comments);
        assertEquals(before + 8, count(COMMENTS), "every comment counted once");
        String json = need();
        for (int i = 0; i < 8; i++) {
            assertTrue(json.contains("Gleichzeitig " + run + "-" + i), "comment " + i + " is on the need");
        }
        for (String[] s : sessions) {
            post(s, "unfollow"); // commenting follows the need; later tests should not get its notifications
        }
    }

    private int count(Pattern field) throws Exception {
        String json = need();
        Matcher m = field.matcher(json);
        assertTrue(m.find(), json);
        return Integer.parseInt(m.group(1));
    }

    private String need() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/needs/" + NEED))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The eight signed-in sessions, made once for both tests (a browser sign-in each). */
    private List<String[]> sessions() throws Exception {
        synchronized (SESSIONS) {
            if (SESSIONS.isEmpty()) {
                for (String person : PEOPLE) {
                    SESSIONS.add(session(person));
                }
            }
            return SESSIONS;
        }
    }

    private int post(String[] session, String action) throws Exception {
        String form = "csrf=" + URLEncoder.encode(session[1], StandardCharsets.UTF_8) + "&need=" + NEED + "&action=" + action;
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url("/needs/action")))
                .header("Cookie", session[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Signs a demo account in through Keycloak in a browser; returns its session cookie and CSRF token. */
    private String[] session(String username) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("/signin?next=%2Fneeds%2Fneed.xhtml%3Fid%3D" + NEED);
            browser.signInAtKeycloak(username, "demo");
            browser.waitForPath("/needs/need.xhtml");
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            Matcher csrf = CSRF.matcher(browser.driver().getPageSource());
            assertTrue(csrf.find(), "the page carries the session's CSRF token");
            return new String[] {cookie, csrf.group(1)};
        }
    }
}
