package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.boundary.RegistrationResult;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.entity.Language;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import de.mitwirken.it.support.Portal;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registration rush over real HTTP: hundreds of guests post to POST /api/conferences/{id}/registrations at
 * the same moment (released together by a latch). Seats are claimed by conditional updates (conference, type,
 * sessions by id; {@code Seating.claims}). Exactly the seats of a small workshop are confirmed, the rest wait
 * with positions 1..n (exact here: everyone gets a conference place, and that claim holds the conference row
 * until the commit), every request is answered 201, and the counters in the database agree with a recount;
 * then the conference itself is nearly full and exactly its last free places are given (those who only wait
 * hold no lock, so the positions they are told may lag behind the queue by those still uncommitted ahead);
 * and a rush that runs into a session, a type quota and the conference's capacity at once.
 * <p>
 * Runs inside the server only to reach the test database (jdbc/portal-schema) for its set-up and the recount;
 * the registrations themselves are real HTTP requests to the server's own HTTP listener. It works on a
 * conference of its own (created here, unpublished at the end) so the demo conference stays as it is.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class RegistrationRushIT {

    private static final int RUSH = 200;
    private static final int WORKSHOP_SEATS = 10;
    private static final int SECOND_RUSH = 50;
    private static final int LAST_PLACES = 5;
    private static final int SMALL_SESSION_SEATS = 3;
    private static final int DUPLICATES = 20;
    private static final int QUOTAS_CONFERENCE = 60;
    private static final int PRESS_QUOTA = 10;
    private static final int QUOTAS_SESSION = 5;
    private static final int CANCELLING = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(RegistrationRushIT.class, ConferenceFixture.class, Portal.class);
    }

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;
    @Resource
    ManagedExecutorService managed;
    @Inject
    ConferenceRegistration registrations;
    @Inject
    TicketKeys keys;

    private ConferenceFixture fixture;
    private long conference;
    private long lastWallNanos;

    /** One answer: HTTP status, body and how long it took. */
    record Answer(int status, String body, long nanos) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    @Test
    void aRushFillsExactlyTheFreeSeatsAndQueuesEveryoneElseInOrder() throws Exception {
        fixture = new ConferenceFixture(owner, "Ansturm-Test", 100_000);
        conference = fixture.conference;
        fixture.participants(100_000);
        long workshop = fixture.session("Werkstatt im Ansturm", 9 * 60, 10 * 60, WORKSHOP_SEATS);
        long small = fixture.session("Kleine Runde", 11 * 60, 12 * 60, SMALL_SESSION_SEATS);

        // Round 1: a workshop with 10 seats, 200 guests at once; the conference has room for all.
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Answer> first = rush(RUSH, i -> body("rush-" + run + "-" + i, workshop));
        report("Round 1: " + RUSH + " guests, workshop with " + WORKSHOP_SEATS + " seats", first);
        assertAllCreated(first);
        assertEquals(RUSH, first.stream().filter(a -> "CONFIRMED".equals(a.json().getString("status"))).count(),
                "the conference has room for everyone");
        List<JsonObject> choices = first.stream().map(a -> a.json().getJsonArray("sessions").getJsonObject(0)).toList();
        assertTrue(choices.stream().allMatch(c -> c.getJsonNumber("session").longValue() == workshop));
        assertEquals(WORKSHOP_SEATS, choices.stream().filter(c -> "CONFIRMED".equals(c.getString("status"))).count(),
                "exactly the workshop's seats are confirmed");
        List<Long> positions = choices.stream().filter(c -> "WAITLISTED".equals(c.getString("status")))
                .map(c -> c.getJsonNumber("position").longValue()).sorted().toList();
        assertEquals(LongStream.rangeClosed(1, RUSH - WORKSHOP_SEATS).boxed().toList(), positions,
                "waitlist positions 1..n, each exactly once");
        assertTrue(first.stream().noneMatch(a -> a.body().contains("personalToken") || a.json().getBoolean("addressConfirmed")),
                "a guest gets no personal link in the answer");

        assertEquals(WORKSHOP_SEATS, fixture.value("SELECT taken FROM conf_session WHERE id = ?", workshop));
        assertEquals(WORKSHOP_SEATS, fixture.value("SELECT COUNT(*) FROM conf_choice WHERE session_id = ?"
                + " AND status IN ('CONFIRMED', 'OFFERED')", workshop), "the session's counter matches a recount");
        assertEquals(RUSH - WORKSHOP_SEATS, fixture.value("SELECT COUNT(*) FROM conf_choice WHERE session_id = ? AND status = 'WAITLISTED'",
                workshop));
        fixture.assertCountersMatchRecount(RUSH);

        // Round 2: the conference has 5 places left, 50 guests at once (each choosing a session with 3 seats).
        fixture.update("UPDATE conf_conference SET capacity = taken + ? WHERE id = ?", LAST_PLACES, conference);
        List<Answer> second = rush(SECOND_RUSH, i -> body("last-" + run + "-" + i, small));
        report("Round 2: " + SECOND_RUSH + " guests, " + LAST_PLACES + " places left in the conference", second);
        assertAllCreated(second);
        assertEquals(LAST_PLACES, second.stream().filter(a -> "CONFIRMED".equals(a.json().getString("status"))).count(),
                "exactly the conference's last places are given");
        List<JsonObject> waiting = second.stream().map(Answer::json).filter(a -> "WAITLISTED".equals(a.getString("status")))
                .toList();
        assertEquals(SECOND_RUSH - LAST_PLACES, waiting.size());
        for (JsonObject w : waiting) {
            long told = w.getJsonNumber("position").longValue();
            long rank = fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ? AND status = 'WAITLISTED'"
                    + " AND id <= ?", conference, w.getJsonNumber("id").longValue());
            assertTrue(told >= 1 && told <= rank, "told " + told + ", place in the queue " + rank
                    + ": at most those still uncommitted ahead are missing");
        }
        assertEquals(SMALL_SESSION_SEATS, second.stream().map(a -> a.json().getJsonArray("sessions").getJsonObject(0))
                .filter(c -> "CONFIRMED".equals(c.getString("status"))).count(), "the small session's seats");
        fixture.assertCountersMatchRecount(RUSH + LAST_PLACES);
        assertEquals(fixture.value("SELECT capacity FROM conf_conference WHERE id = ?", conference),
                fixture.value("SELECT taken FROM conf_conference WHERE id = ?", conference), "the conference is full, not more");
        assertEquals(SMALL_SESSION_SEATS, fixture.value("SELECT taken FROM conf_session WHERE id = ?", small));
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_choice c JOIN conf_registration r ON r.id = c.registration_id"
                + " WHERE c.session_id = ? AND r.status = 'WAITLISTED' AND c.status <> 'WISHED'", small),
                "a guest waiting for a conference place only wishes the session");
    }

    /**
     * 200 guests at once run into three limits together: a session with 5 seats, a type ("press") with a quota
     * of 10 and the conference's 60 places, while 10 earlier guests cancel (the rare path: it locks the
     * conference row and offers freed places to the queue). Each limit holds exactly, and every counter equals
     * a recount.
     */
    @Test
    void aRushOverSessionTypeQuotaAndConferenceAtOnceKeepsEveryLimitAndCounter() throws Exception {
        fixture = new ConferenceFixture(owner, "Grenzen-Test", QUOTAS_CONFERENCE);
        conference = fixture.conference;
        long participants = fixture.participants(1_000);
        long press = fixture.type("press", PRESS_QUOTA);
        long session = fixture.session("Werkstatt an allen Grenzen", 9 * 60, 10 * 60, QUOTAS_SESSION);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Holder> early = new ArrayList<>();
        for (int i = 0; i < CANCELLING; i++) {
            RegistrationResult r = registrations.registerFor(conference, new RegistrationDraft("participant", "Früh " + i,
                    "early-" + run + "-" + i + "@example.org", null, AttendeeGroup.CITIZENS, null, null, Language.DE, true,
                    List.of(session), Map.of()), null, "192.0.2.10");
            early.add(Holder.ofToken(keys.personalToken(r.id(),
                    fixture.text("SELECT ticket_nonce FROM conf_registration WHERE id = ?", r.id()))));
        }
        Future<?> cancelling = managed.submit(() -> {
            for (Holder h : early) {
                registrations.cancelRegistration(h);
                Thread.sleep(20);
            }
            return null;
        });
        // a quarter each: participant or press, with or without the session
        List<Answer> answers = rush(RUSH, i -> body("limits-" + run + "-" + i, i % 2 == 0 ? "participant" : "press",
                i % 4 < 2 ? List.of(session) : List.of()));
        cancelling.get(120, TimeUnit.SECONDS);
        report("Limits: " + RUSH + " guests, conference " + QUOTAS_CONFERENCE + ", press " + PRESS_QUOTA + ", session "
                + QUOTAS_SESSION, answers);
        assertAllCreated(answers);
        long offered = fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ? AND status = 'OFFERED'",
                conference);
        assertEquals(QUOTAS_CONFERENCE, answers.stream().filter(a -> "CONFIRMED".equals(a.json().getString("status"))).count()
                + offered, "exactly the conference's places: taken in the rush, or freed by a cancellation and offered");
        assertEquals(CANCELLING, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?"
                + " AND status = 'CANCELLED'", conference));
        assertEquals(QUOTAS_CONFERENCE, fixture.value("SELECT taken FROM conf_conference WHERE id = ?", conference));
        assertEquals(PRESS_QUOTA, fixture.value("SELECT taken FROM conf_reg_type WHERE id = ?", press),
                "exactly the press quota (half the guests asked for it)");
        assertEquals(QUOTAS_CONFERENCE - PRESS_QUOTA, fixture.value("SELECT taken FROM conf_reg_type WHERE id = ?", participants));
        assertEquals(QUOTAS_SESSION, fixture.value("SELECT taken FROM conf_session WHERE id = ?", session),
                "exactly the session's seats (held by the rush, the early guests before they cancelled, or offers)");
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_choice c JOIN conf_registration r ON r.id = c.registration_id"
                + " WHERE c.session_id = ? AND r.status = 'WAITLISTED' AND c.status <> 'WISHED'", session),
                "without a place a session is only wished");
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_choice c JOIN conf_registration r ON r.id = c.registration_id"
                + " WHERE c.session_id = ? AND r.status = 'CONFIRMED' AND c.status = 'WISHED'", session),
                "with a place the session is a seat or a place in its queue");
        fixture.assertCountersMatchRecount(QUOTAS_CONFERENCE);
    }

    /**
     * The address check runs before any claim (a fast refusal); two requests with the same address at once
     * both pass it, and the unique index on the live address refuses all but one at the insert, with the
     * same answer as the check (and their claims roll back).
     */
    @Test
    void theSameAddressAtOnceIsRegisteredOnce() throws Exception {
        fixture = new ConferenceFixture(owner, "Doppelt-Test", 1_000);
        conference = fixture.conference;
        fixture.participants(1_000);
        long workshop = fixture.session("Werkstatt doppelt", 9 * 60, 10 * 60, 2);
        String who = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        List<Answer> answers = rush(DUPLICATES, i -> body(who, workshop));
        report("Same address " + DUPLICATES + " times at once", answers);
        assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), "registered exactly once");
        List<Answer> refused = answers.stream().filter(a -> a.status() != 201).toList();
        assertEquals(DUPLICATES - 1, refused.size());
        refused.forEach(a -> {
            assertEquals(400, a.status(), a.body());
            assertTrue(a.body().contains("\"email\"") && a.body().contains("registeredAlready"), a.body());
        });
        assertEquals(1, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ? AND email = ?",
                conference, who + "@example.org"));
        assertEquals(1, fixture.value("SELECT COUNT(*) FROM conf_choice WHERE session_id = ?", workshop));
        assertEquals(1, fixture.value("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?", who + "@example.org"),
                "one mail, for the registration that was made");
        fixture.assertCountersMatchRecount(1);
    }

    @Test
    void theApiDescribesTheConferenceAndAnswersEveryMistakeWithJson() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String list = get(http, "/api/conferences").body();
        assertTrue(list.contains("\"id\":1") && list.contains("\"registrationOpen\":true"), list);
        HttpResponse<String> one = get(http, "/api/conferences/1");
        assertEquals(200, one.statusCode());
        JsonObject demo = new Answer(200, one.body(), 0).json();
        JsonObject keynote = demo.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("id").longValue() == 1).findFirst().orElseThrow();
        assertEquals(JsonValue.NULL, keynote.get("capacity"), "no limit of its own: null");
        assertTrue(keynote.getString("startsAt").endsWith("Z"), "times in UTC: " + keynote);
        JsonObject workshop = demo.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("id").longValue() == 4).findFirst().orElseThrow();
        assertEquals(0, workshop.getInt("free"), "workshop 4 is full in the demo");
        // each session's own speakers (read for all sessions in one batch): the demo's pairs
        assertEquals(List.of(1L), ids(keynote.getJsonArray("speakers")), keynote.toString());
        assertEquals(List.of(5L), ids(workshop.getJsonArray("speakers")), workshop.toString());
        JsonObject two = demo.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("id").longValue() == 5).findFirst().orElseThrow();
        assertEquals(java.util.Set.of(3L, 6L), java.util.Set.copyOf(ids(two.getJsonArray("speakers"))), two.toString());
        assertTrue(one.body().contains("\"registrationTypes\":[") && one.body().contains("\"questions\":[")
                && one.body().contains("\"speakers\":[") && one.body().contains("\"partners\":["), one.body());
        assertEquals(404, get(http, "/api/conferences/999999").statusCode());

        String url = "/api/conferences/1/registrations";
        assertJson(400, "\"body\"", post(http, url, "application/json", "{\"name\": "));
        assertJson(400, "\"body\"", post(http, url, "application/json", "[1, 2]"));
        assertJson(400, "\"body\"", post(http, url, "application/json", ""));
        HttpResponse<String> empty = post(http, url, "application/json", "{}");
        assertJson(400, "\"email\"", empty);
        assertTrue(empty.body().contains("\"consent\"") && empty.body().contains("\"group\""), empty.body());
        assertJson(400, "\"sessions\"", post(http, url, "application/json",
                "{\"sessions\": [\"vier\"], \"consent\": \"ja\", \"name\": 7}"));
        assertJson(404, "error", post(http, "/api/conferences/999999/registrations", "application/json", body("nobody", 4)));
        assertEquals(415, post(http, url, "text/plain", body("form-" + UUID.randomUUID(), 4)).statusCode(),
                "a cross-site form cannot post JSON");
        String openapi = get(http, "/openapi").body();
        assertTrue(openapi.contains("/conferences/{id}/registrations"), "documented in the OpenAPI document");
    }

    /** An error as problem details (RFC 9457) naming the field or carrying the message key. */
    private static void assertJson(int status, String contains, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains(contains) && response.body().contains("\"status\":" + status), response.body());
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void unpublish() throws SQLException {
        if (fixture != null) {
            fixture.unpublish();
        }
    }

    private static void assertAllCreated(List<Answer> answers) {
        List<String> others = answers.stream().filter(a -> a.status() != 201)
                .map(a -> "HTTP " + a.status() + ": " + a.body()).toList();
        others.forEach(System.out::println);
        assertEquals(List.of(), others, "every registration is answered 201");
    }

    /** Fires count requests from count threads, released together; the answers in the order of the requests. */
    private List<Answer> rush(int count, java.util.function.IntFunction<String> body) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/" + conference
                                + "/registrations"))).timeout(Duration.ofSeconds(180))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
                }));
            }
            assertTrue(ready.await(60, TimeUnit.SECONDS), "all threads ready");
            long start = System.nanoTime();
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(300, TimeUnit.SECONDS));
            }
            lastWallNanos = System.nanoTime() - start;
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(String what, List<Answer> answers) {
        long[] ms = answers.stream().mapToLong(a -> a.nanos() / 1_000_000).sorted().toArray();
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new,
                Collectors.counting()));
        double wall = lastWallNanos / 1e9;
        System.out.printf("%s: %d requests in %.2f s wall (%.0f/s); statuses %s; latency ms p50 %d, p95 %d, max %d%n",
                what, answers.size(), wall, answers.size() / wall, statuses, percentile(ms, 50), percentile(ms, 95),
                ms[ms.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String body(String who, long session) {
        return body(who, "participant", List.of(session));
    }

    private static String body(String who, String type, List<Long> sessions) {
        jakarta.json.JsonArrayBuilder chosen = Json.createArrayBuilder();
        sessions.forEach(chosen::add);
        return Json.createObjectBuilder().add("type", type).add("name", "Gast " + who)
                .add("email", who + "@example.org").add("organisation", JsonValue.NULL).add("group", "CITIZENS")
                .add("sessions", chosen).add("consent", true).add("language", "de")
                .add("accessibilityNeeds", JsonValue.NULL).add("dietaryNeeds", JsonValue.NULL)
                .add("answers", Json.createObjectBuilder()).build().toString();
    }

    private static List<Long> ids(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }
}
