package de.mitwirken.bench;

import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * One scenario of the load benchmark per run (scripts/bench.sh runs them one after the other, each with its own
 * report, so that requests per second belong to that scenario alone). A closed model: {@code bench.users}
 * virtual users (50), each looping over its pages for {@code bench.seconds} (60) on its own keep-alive
 * connection, like wrk with 50 connections.
 * <p>
 * System properties: bench.scenario = browse | static | plain | submit | search | similar | conditional | sessions |
 * warmup, bench.url, bench.users, bench.seconds, bench.needMin / bench.needMax (the ids of published needs to open
 * and support), bench.users.accounts / bench.password (the demo accounts the signed-in scenarios sign in with at
 * Keycloak), bench.sessions / bench.sessions.atOnce (how many signed-in sessions the sessions scenario opens, and
 * how many sign-ins run at once: 1 000 and 20), bench.conditionalPages (the public pages the conditional scenario
 * asks again with the ETag it got).
 */
public class PortalSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.url", "http://localhost:8080");
    static final String SCENARIO = System.getProperty("bench.scenario", "browse");
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    static final long NEED_MIN = Long.getLong("bench.needMin", 1);
    static final long NEED_MAX = Long.getLong("bench.needMax", 60);
    /**
     * Demo accounts that may submit and support, spread over the users: those without staff roles, which the realm
     * asks for a one-time code after the password (a scripted sign-in here has none).
     */
    static final List<String> ACCOUNTS = List.of(System.getProperty("bench.users.accounts",
            "citizen,org-rep,board-member").split(","));
    /** The sessions scenario only opens a form, which every account may (scripts/bench.sh gives it accounts of its own). */
    static final List<String> SESSION_ACCOUNTS = List.of(System.getProperty("bench.sessions.accounts",
            "citizen,org-rep,board-member").split(","));
    static final String PASSWORD = System.getProperty("bench.password", "demo");
    /** The sessions' accounts' password (bench.sh's own accounts need one the realm's password policy accepts). */
    static final String SESSIONS_PASSWORD = System.getProperty("bench.sessions.password", PASSWORD);
    static final List<String> TERMS = List.of("Wohngeld", "Personalausweis", "Ladesäulen", "Kita-Platz", "Sperrmüll",
            "Baugenehmigung", "Radwegeplanung", "Hundesteuer");
    static final List<String> FIELDS = List.of("ADMINISTRATION", "MOBILITY", "SOCIETY", "ENERGY_ENVIRONMENT",
            "IT_COMMUNICATION");
    static final List<String> DISTRICTS = List.of("Mitte", "Nord", "Ost", "Süd", "West");
    /** Topics and wishes of the generated needs (portal-tools DataGenerator): searches and typed texts that hit. */
    static final List<String> TOPICS = List.of("Personalausweis", "Reisepass", "Wohnsitzanmeldung", "Baugenehmigung",
            "Kfz-Zulassung", "Anwohnerparkausweis", "Gewerbeanmeldung", "Hundesteuer", "Geburtsurkunde", "Kita-Platz",
            "Wohngeld", "Führungszeugnis", "Sperrmüll", "Straßenschäden", "Schülerfahrkarte", "Fundsachen",
            "Aufenthaltstitel", "Radwegeplanung", "Ladesäulen", "Solarkataster", "Schulanmeldung", "Spielplatzschäden");
    static final List<String> WISHES = List.of("online beantragen", "digital einreichen", "ohne Termin erledigen",
            "mit Statusanzeige verfolgen", "per App melden", "barrierefrei nutzen", "ohne Papierformular",
            "mit Online-Bezahlung", "schneller bearbeiten", "mit digitalem Bescheid");
    static final int SESSIONS = Integer.getInteger("bench.sessions", 1000);
    static final int SESSIONS_AT_ONCE = Math.max(1, Math.min(SESSIONS,
            Integer.getInteger("bench.sessions.atOnce", 20)));
    static final List<String> CONDITIONAL_PAGES = List.of(System.getProperty("bench.conditionalPages",
            "/,/needs/index.xhtml,/backlog/index.xhtml,/backlog/kpis.xhtml,/conference/index.xhtml").split(","));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("de")
            .userAgentHeader("Mitwirken load benchmark (Gatling)")
            // only the page itself, as wrk would: stylesheets are static files and would flatter every ratio
            .disableCaching();

    static Session pick(Session session) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return session.set("need", r.nextLong(NEED_MIN, NEED_MAX + 1))
                .set("term", TERMS.get(r.nextInt(TERMS.size())))
                .set("field", FIELDS.get(r.nextInt(FIELDS.size())))
                .set("district", DISTRICTS.get(r.nextInt(DISTRICTS.size())));
    }

    /** The public pages a visitor reads, each under its own request name. */
    static final ChainBuilder BROWSE = exec(PortalSimulation::pick)
            .exec(http("home").get("/").check(status().is(200)))
            .exec(http("needs list, filtered").get("/needs/index.xhtml?field=#{field}&district=#{district}")
                    .check(status().is(200)))
            .exec(http("needs search").get("/needs/index.xhtml?q=#{term}").check(status().is(200)))
            .exec(http("need detail").get("/needs/need.xhtml?id=#{need}").check(status().in(200, 404)))
            .exec(http("roadmap").get("/backlog/index.xhtml").check(status().is(200)))
            .exec(http("programme").get("/conference/index.xhtml").check(status().is(200)));

    static final ChainBuilder STATIC = exec(http("static page (same template)").get("/platform/about.xhtml")
            .check(status().is(200)));

    static final ChainBuilder PLAIN = exec(http("plain servlet").get("/bench/plain").check(status().is(200)));

    /**
     * A search word that varies from request to request (a topic, half the time with a word of a wish: about 480
     * searches), so that the list's short-lived cache rarely answers and the ranking itself is measured.
     */
    static Session searchWord(Session session) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        String[] wish = WISHES.get(r.nextInt(WISHES.size())).split(" ");
        return session.set("q", r.nextBoolean() ? topic : topic + " " + wish[r.nextInt(wish.length)]);
    }

    static final ChainBuilder SEARCH = exec(PortalSimulation::searchWord)
            .exec(http("needs search (varying words)").get("/needs/index.xhtml").queryParam("q", "#{q}")
                    .check(status().is(200)));

    /** What the submission form sends while a title is typed: a random prefix of a topic and a wish (≥ 4 letters). */
    static Session typedSoFar(Session session) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String text = TOPICS.get(r.nextInt(TOPICS.size())) + " " + WISHES.get(r.nextInt(WISHES.size()));
        return session.set("typed", text.substring(0, r.nextInt(4, text.length() + 1)));
    }

    static final ChainBuilder SIMILAR = exec(PortalSimulation::typedSoFar)
            .exec(http("similar needs while typing").get("/api/needs/similar").queryParam("text", "#{typed}")
                    .header("Accept", "application/json").check(status().is(200)));

    /**
     * Each public page once for its ETag, then again and again with If-None-Match: the answer must be 304. A page
     * that gives no ETag is left out (scripts/bench.sh reports "no ETag" when none gives one).
     */
    static final ChainBuilder CONDITIONAL_PRIME = exec(session -> session.set("page", 0))
            .asLongAs(session -> session.getInt("page") < CONDITIONAL_PAGES.size()).on(
                    exec(session -> session.set("path", CONDITIONAL_PAGES.get(session.getInt("page"))))
                            .exec(http("conditional: first GET for the ETag").get("#{path}")
                                    .check(status().is(200), header("ETag").optional().saveAs("etag")))
                            .exec(session -> {
                                int page = session.getInt("page");
                                Session next = session.set("page", page + 1);
                                return session.contains("etag")
                                        ? next.set("etag" + page, session.getString("etag")).remove("etag") : next;
                            }));

    static final ChainBuilder CONDITIONAL = exec(session -> {
        int page = ThreadLocalRandom.current().nextInt(CONDITIONAL_PAGES.size());
        Session chosen = session.set("path", CONDITIONAL_PAGES.get(page)).remove("etag");
        return session.contains("etag" + page) ? chosen.set("etag", session.getString("etag" + page)) : chosen;
    }).doIf(session -> session.contains("etag")).then(
            exec(http("conditional GET (If-None-Match)").get("#{path}").header("If-None-Match", "#{etag}")
                    .check(status().is(304))));

    /**
     * Sign-in as a person would: the portal sends to Keycloak's login form, the form goes back with a code. Keycloak
     * marks its cookies Secure even over http; a browser still sends them to localhost, Gatling's cookie jar does
     * not, so they are carried by hand to the form post (and only there, without following its redirect).
     * Keycloak's brute-force protection turns down simultaneous sign-ins of one account ("invalid username or
     * password"), so the users start within a few seconds of each other, and a turned-down sign-in is tried again
     * (up to five times, counted under its own name).
     */
    static final ChainBuilder SIGN_IN_ONCE = exec(http("sign-in: Keycloak form")
            .get("/signin?next=%2Fneeds%2Fsubmit.xhtml")
            .check(status().is(200), css("#kc-form-login", "action").saveAs("kcAction"),
                    header("Set-Cookie").findAll().saveAs("kcSetCookies")))
            .exitHereIfFailed()
            .exec(session -> session.set("kcCookie", session.getList("kcSetCookies").stream()
                    .map(c -> String.valueOf(c).split(";", 2)[0]).collect(Collectors.joining("; "))))
            .exec(http("sign-in: post credentials").post("#{kcAction}").disableFollowRedirect()
                    .header("Cookie", "#{kcCookie}")
                    .formParam("username", "#{account}").formParam("password", "#{password}").formParam("credentialId", "")
                    .check(status().in(200, 302), header("Location").optional().saveAs("callback")));

    static final ChainBuilder SIGN_IN = signIn(ACCOUNTS, PASSWORD, Duration.ofSeconds(5), true);

    /**
     * Signs in with one of the accounts, after a random pause of up to spread (so that users do not start at once);
     * a failed sign-in ends the virtual user if stopOnFailure (else the caller's block ends on the failure).
     */
    static ChainBuilder signIn(List<String> accounts, String password, Duration spread, boolean stopOnFailure) {
        return exec(session -> session.set("password", password)
                .set("account", accounts.get((int) ((session.contains("accountIndex")
                        ? session.getLong("accountIndex") : session.userId()) % accounts.size())))
                .set("attempts", 0).set("csrf", "")) // a stateless form's token, where the landing page has one
                .pause(Duration.ZERO, spread)
                .asLongAs(session -> !session.contains("callback") && session.getInt("attempts") < 5).on(
                        exec(session -> session.set("attempts", session.getInt("attempts") + 1))
                                .doIf(session -> session.getInt("attempts") > 1).then(
                                        exec(session -> session.set("retry", true)).pause(Duration.ofSeconds(1)))
                                .exec(SIGN_IN_ONCE))
                .exec(http("sign-in: back to the portal").get("#{callback}")
                        .check(status().is(200), currentLocation().saveAs("landed"),
                                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"),
                                css("input[name='jakarta.faces.ViewState']", "value").optional().saveAs("viewState"),
                                // a stateless form's CSRF token (mw:csrf), where the page has one
                                css("input[name$=':csrf']", "value").optional().saveAs("csrf")))
                // five sign-ins turned down: no callback, the request fails ("no attribute named callback")
                .exitHereIf(session -> stopOnFailure && session.isFailed())
                // the portal's privacy consent, asked once per account
                .doIf(session -> session.contains("landed")
                        && session.getString("landed").contains("/platform/consent.xhtml")).then(
                        exec(http("sign-in: privacy consent").post("/platform/consent.xhtml")
                                .formParam("consent", "consent").formParam("consent:accept", "OK")
                                .formParam("consent:csrf", "#{csrf}").formParam("next", "/needs/submit.xhtml")
                                .formParam("jakarta.faces.ViewState", "#{viewState}")
                                .formParam("primefaces.nonce", "#{nonce}")
                                .check(status().is(200))));
    }

    /** A signed-in person submits a need, then supports another one. */
    static final ChainBuilder SUBMIT = exec(PortalSimulation::pick).exec(session -> session.set("csrf", ""))
            .exec(http("submission form").get("/needs/submit.xhtml")
                    .check(status().is(200),
                            css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                            css("form#submit", "action").saveAs("submitAction"),
                            // the stateless form's CSRF token (none on a build before issue #23: sent empty)
                            css("input[name='submit:csrf']", "value").optional().saveAs("csrf"),
                            regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")))
            .exitHereIfFailed()
            .exec(http("submit a need").post("#{submitAction}").asMultipartForm()
                    .bodyPart(StringBodyPart("submit", "submit"))
                    .bodyPart(StringBodyPart("submit:title", "Lasttest: #{term} digital erledigen"))
                    .bodyPart(StringBodyPart("submit:description", "Ein Anliegen aus dem Lasttest (./portal bench):"
                            + " #{term} sollte vollständig online gehen, ohne Termin und ohne Papierformular."))
                    .bodyPart(StringBodyPart("submit:field", "#{field}"))
                    .bodyPart(StringBodyPart("submit:submitterType", "CITIZEN"))
                    .bodyPart(StringBodyPart("submit:organisation", ""))
                    .bodyPart(StringBodyPart("submit:district", "#{district}"))
                    .bodyPart(StringBodyPart("submit:website", ""))
                    .bodyPart(StringBodyPart("submit:csrf", "#{csrf}"))
                    .bodyPart(StringBodyPart("submit:send", "Absenden"))
                    .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                    .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"))
                    .check(status().is(200), currentLocationRegex(".*/needs/need\\.xhtml.*")))
            .exec(http("need detail (signed in)").get("/needs/need.xhtml?id=#{need}")
                    .check(status().in(200, 404),
                            css("input[name='csrf']", "value").optional().saveAs("csrf"),
                            css("button#support").optional().saveAs("canSupport")))
            .doIf(session -> session.contains("canSupport") && session.contains("csrf")).then(
                    exec(http("support a need").post("/needs/action").disableFollowRedirect()
                            .formParam("need", "#{need}").formParam("action", "support").formParam("csrf", "#{csrf}")
                            .check(status().in(302, 303))))
            .exec(session -> session.remove("canSupport"));

    /**
     * The sessions scenario's signed-in page with a form: the sign-in lands on the submission form (its view
     * state then lives in the session); after the consent page it is opened once more. The session then stays
     * alive in Payara (30 minutes) after the virtual user has ended, while scripts/bench.sh measures the heap.
     */
    static final ChainBuilder HOLD_FORM = doIf(session -> session.contains("landed") && (!session.contains("viewState")
            || !session.getString("landed").contains("/needs/submit.xhtml"))).then(
            exec(http("sessions: submission form").get("/needs/submit.xhtml")
                    .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").exists())));

    ScenarioBuilder scenarioOf(String name) {
        return switch (name) {
            case "browse" -> scenario("public browsing").during(DURATION).on(BROWSE);
            case "static" -> scenario("static page").during(DURATION).on(STATIC);
            case "plain" -> scenario("plain servlet").during(DURATION).on(PLAIN);
            case "submit" -> scenario("submission load").exec(SIGN_IN).exitHereIfFailed()
                    .during(DURATION).on(SUBMIT);
            case "search" -> scenario("needs search").during(DURATION).on(SEARCH);
            case "similar" -> scenario("similar needs").during(DURATION).on(SIMILAR);
            case "conditional" -> scenario("conditional GETs").exec(CONDITIONAL_PRIME)
                    // without any ETag the loop would spin without a request
                    .exitHereIf(session -> java.util.stream.IntStream.range(0, CONDITIONAL_PAGES.size())
                            .noneMatch(page -> session.contains("etag" + page)))
                    .during(DURATION).on(CONDITIONAL);
            // C users sign in one session after another (a fresh cookie jar each time) until N sessions exist: on
            // a slow machine more sign-ins at once only pile up at Keycloak until its codes expire
            case "sessions" -> scenario("signed-in sessions").repeat(SESSIONS / SESSIONS_AT_ONCE, "round").on(
                    // a failed sign-in leaves the virtual user marked failed, which would end every later round
                    exitBlockOnFail().on(exec(Session::markAsSucceeded).exec(flushCookieJar())
                            .exec(session -> session.removeAll("callback", "landed", "viewState", "nonce", "csrf")
                                    .set("accountIndex", session.userId() + session.getInt("round")))
                            .exec(signIn(SESSION_ACCOUNTS, SESSIONS_PASSWORD, Duration.ZERO, false)).exec(HOLD_FORM)));
            case "warmup" -> scenario("warm-up").during(DURATION).on(BROWSE.exec(STATIC).exec(PLAIN));
            default -> throw new IllegalArgumentException("unknown bench.scenario " + name);
        };
    }

    {
        if (SCENARIO.equals("sessions")) {
            setUp(scenarioOf(SCENARIO).injectOpen(rampUsers(SESSIONS_AT_ONCE).during(Duration.ofSeconds(5))))
                    .protocols(protocol);
        } else {
            // every virtual user loops for the whole duration: the injection only keeps their number
            setUp(scenarioOf(SCENARIO).injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                    .protocols(protocol);
        }
    }
}
