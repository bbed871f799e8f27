package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.GuestForm;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.HumanCheck;
import de.mitwirken.platform.boundary.HumanPuzzle;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits of guest registrations (issue #26) over real HTTP, all from one client (this server's own address):
 * 30 registrations in a row, of which the edition's per-network limit lets the first ones pass and answers the
 * rest 429 with Retry-After; the form says the same in words and keeps what was typed; the places the passed
 * guests hold are shown apart on the programme and come back when the hold (2 hours, the default) runs out,
 * released by the conference's own expiry job. Then the limit per address and the limit in all.
 * <p>
 * In the server only to reach the test database: each test works on a conference of its own whose limits it sets
 * as the organisers would on the settings page (ConferenceFixture; unpublished at the end).
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final int ATTEMPTS = 30;
    private static final int PER_NETWORK = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(RateLimitIT.class, ConferenceFixture.class, Portal.class, GuestForm.class);
    }

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;
    @Inject
    ConferenceRegistration registrations;
    @Inject
    TicketKeys keys;
    @Inject
    HumanCheck humanCheck;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private ConferenceFixture fixture;

    @Test
    void thirtyGuestsFromOneClientTheFirstPassTheRestGet429AndThePlacesComeBackAfterTheHold() throws Exception {
        fixture = new ConferenceFixture(owner, "Grenzen für Gäste", 100);
        fixture.participants(100);
        long workshop = fixture.session("Werkstatt mit Grenze", 9 * 60, 10 * 60, 40);
        fixture.guestLimits(3, PER_NETWORK, 1_000);
        int freeBefore = conference().getInt("free");

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            answers.add(register("netz-" + run + "-" + i, workshop));
        }
        for (int i = 0; i < PER_NETWORK; i++) {
            HttpResponse<String> a = answers.get(i);
            assertEquals(201, a.statusCode(), "attempt " + (i + 1) + ": " + a.body());
            JsonObject json = json(a.body());
            assertEquals("CONFIRMED", json.getString("status"));
            assertFalse(json.getBoolean("addressConfirmed"), "a guest's place is held until the address is confirmed");
        }
        for (int i = PER_NETWORK; i < ATTEMPTS; i++) {
            HttpResponse<String> a = answers.get(i);
            assertEquals(429, a.statusCode(), "attempt " + (i + 1) + ": " + a.body());
            assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            long retryAfter = Long.parseLong(a.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter + ": until the hour ends");
            JsonObject problem = json(a.body());
            assertEquals(429, problem.getInt("status"));
            assertEquals("conference.error.tooManyFromNetwork", problem.getString("error"));
        }
        assertEquals(PER_NETWORK, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?",
                fixture.conference), "nothing of a refused attempt was saved");
        assertEquals(PER_NETWORK, fixture.value("SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ?",
                "netz-" + run + "-%"), "one mail per registration made, none for a refused one");
        assertEquals(freeBefore - PER_NETWORK, conference().getInt("free"));
        assertEquals(PER_NETWORK, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?"
                + " AND TIMESTAMPDIFF(MINUTE, created_at, confirm_by) = 120", fixture.conference),
                "each place is held for 2 hours (the default), not 24");

        // the form: the same limit, said in words at the form, what was typed kept, nothing saved
        HttpResponse<String> form = GuestForm.send("/conference/register.xhtml?id=" + fixture.conference, "register",
                Map.of("register:type", "participant", "register:name", "Formular Gast " + run,
                        "register:email", "formular-" + run + "@example.org", "register:group", "CITIZENS",
                        "register:consent", "on", "register:send", "Anmelden"));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Aus Ihrem Netz kamen in der letzten Stunde zu viele Anmeldungen von G"),
                form.body());
        assertTrue(form.body().contains("value=\"Formular Gast " + run + "\""), "the name typed stays in the form");
        assertEquals(PER_NETWORK, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?",
                fixture.conference));

        // the programme shows the held places apart from the free ones, for the conference and the session
        String programme = programme(p -> p.contains("id=\"held-places\""));
        assertTrue(programme.contains(">" + PER_NETWORK + " vorläufig reserviert für Anmeldungen, deren Adresse noch"
                + " nicht bestätigt ist"), programme);
        assertTrue(programme.contains("class=\"held-seats\">" + PER_NETWORK + " vorläufig reserviert"), programme);

        // two hours later nobody has confirmed: the conference's expiry job (every 60 s) gives the places back
        fixture.update("UPDATE conf_registration SET created_at = created_at - INTERVAL 121 MINUTE,"
                + " confirm_by = confirm_by - INTERVAL 121 MINUTE WHERE conference_id = ?", fixture.conference);
        long deadline = System.currentTimeMillis() + 150_000;
        while (conference().getInt("free") != freeBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }
        assertEquals(freeBefore, conference().getInt("free"), "the places came back when the hold ran out");
        assertEquals(PER_NETWORK, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?"
                + " AND status = 'EXPIRED'", fixture.conference));
        assertEquals(0, fixture.value("SELECT taken FROM conf_session WHERE id = ?", workshop), "and the session's seats");
        fixture.assertCountersMatchRecount(0);
        assertFalse(programme(p -> !p.contains("id=\"held-places\"")).contains("vorläufig reserviert"),
                "nothing is held any more");
    }

    @Test
    void oneAddressRegistersOnlyAsOftenAsItsLimitAllowsEvenAfterCancelling() throws Exception {
        fixture = new ConferenceFixture(owner, "Grenze je Adresse", 100);
        fixture.participants(100);
        fixture.guestLimits(2, 1_000, 1_000);
        String who = "adresse-" + run;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> made = register(who);
            assertEquals(201, made.statusCode(), made.body());
            long id = json(made.body()).getJsonNumber("id").longValue();
            registrations.cancelRegistration(Holder.ofToken(keys.personalToken(id,
                    fixture.text("SELECT ticket_nonce FROM conf_registration WHERE id = ?", id))));
        }
        HttpResponse<String> third = register(who);
        assertEquals(429, third.statusCode(), third.body());
        assertEquals("conference.error.tooManyForAddress", json(third.body()).getString("error"));
        assertTrue(third.headers().firstValue("Retry-After").isPresent());
        assertEquals(201, register("andere-" + run).statusCode(), "another address from the same client still passes");
    }

    @Test
    void inAllAnEditionTakesOnlyItsLimitOfGuestsPerHour() throws Exception {
        fixture = new ConferenceFixture(owner, "Grenze insgesamt", 100);
        fixture.participants(100);
        fixture.guestLimits(3, 1_000, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(201, register("alle-" + run + "-" + i).statusCode());
        }
        HttpResponse<String> sixth = register("alle-" + run + "-5");
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertEquals("conference.error.tooManyGuests", json(sixth.body()).getString("error"));
        assertEquals(5, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?", fixture.conference));
    }

    /**
     * The guest form's human check without JavaScript, over plain HTTP: a post without a solution or an answer is
     * refused with a message at the form (typed input kept, nothing saved); the question in words, read from the
     * page and answered, passes, as does the puzzle solved in Java the way the page's script solves it. A solution
     * counts once (on any node: kept in the database) and one with a forged signature not at all.
     */
    @Test
    void theGuestFormsHumanCheckRefusesAPostWithoutItAndTakesTheAnswerOrTheSolutionOnce() throws Exception {
        fixture = new ConferenceFixture(owner, "Prüfung für Gäste", 100);
        fixture.participants(100);
        String page = "/conference/register.xhtml?id=" + fixture.conference;
        HttpResponse<String> none = GuestForm.send(page, "register", form("ohne"), GuestForm.Human.NONE);
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("id=\"register:human-error\""), none.body());
        assertTrue(none.body().contains("value=\"Gast ohne " + run + "\""), "the name typed stays");
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?", fixture.conference));

        HttpResponse<String> answered = GuestForm.send(page, "register", form("frage"), GuestForm.Human.ANSWER);
        assertTrue(answered.body().contains("id=\"registered\""), answered.body());
        HttpResponse<String> solved = GuestForm.send(page, "register", form("rechnet"), GuestForm.Human.SOLVE);
        assertTrue(solved.body().contains("id=\"registered\""), solved.body());
        assertEquals(2, fixture.value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ?", fixture.conference));

        HumanPuzzle puzzle = humanCheck.puzzle();
        String solution = GuestForm.solve(puzzle.salt(), puzzle.challenge(), puzzle.maxNumber(), puzzle.signature());
        String forged = solution.substring(0, solution.lastIndexOf('|') + 1) + "0".repeat(64);
        assertEquals(Optional.of("platform.human.error.wrong"), humanCheck.check(forged, null, null));
        assertEquals(Optional.empty(), humanCheck.check(solution, null, null));
        assertEquals(Optional.of("platform.human.error.used"), humanCheck.check(solution, null, null), "replayed");
        assertEquals(Optional.of("platform.human.error.missing"), humanCheck.check(null, null, null));
        int sum = puzzle.first() + puzzle.second();
        assertEquals(Optional.of("platform.human.error.wrong"), humanCheck.check(null, puzzle.questionToken(),
                Integer.toString(sum + 1)));
        assertEquals(Optional.of("platform.human.error.used"), humanCheck.check(null, puzzle.questionToken(),
                Integer.toString(sum)), "a wrong answer spent the question: it cannot be tried with every answer");
    }

    private Map<String, String> form(String who) {
        return Map.of("register:type", "participant", "register:name", "Gast " + who + " " + run,
                "register:email", who + "-" + run + "@example.org", "register:group", "CITIZENS",
                "register:consent", "on", "register:send", "Anmelden");
    }

    private HttpResponse<String> register(String who, long... sessions) throws Exception {
        String list = java.util.Arrays.stream(sessions).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        String body = "{\"type\":\"participant\",\"name\":\"Gast " + who + "\",\"email\":\"" + who
                + "@example.org\",\"group\":\"OTHER\",\"sessions\":[" + list + "],\"consent\":true,\"language\":\"de\"}";
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/" + fixture.conference
                        + "/registrations"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject conference() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/"
                + fixture.conference))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    /** The public programme once it shows what is expected (a visitor's page may be cached for a moment). */
    private String programme(java.util.function.Predicate<String> expected) throws Exception {
        String page = "";
        for (int i = 0; i < 20; i++) {
            page = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/conference/index.xhtml?id="
                    + fixture.conference))).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (expected.test(page)) {
                return page;
            }
            Thread.sleep(250);
        }
        return page;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @AfterEach
    void unpublish() throws SQLException {
        if (fixture != null) {
            fixture.unpublish();
        }
    }
}
