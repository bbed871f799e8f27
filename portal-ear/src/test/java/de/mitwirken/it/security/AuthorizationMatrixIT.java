package de.mitwirken.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.it.support.Application;
import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.entity.TrustLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * Every page and endpoint × every role (and visitors): allowed, denied (403) or sent to sign-in. The
 * pages and endpoints are discovered from the built application; one missing from the table below fails
 * the test, so a new page cannot skip authorisation. The table is public: the accessibility sweep
 * (it.platform.AccessibilitySweepIT) visits each page with exactly the roles allowed in here.
 */
@ExtendWith(SharedPortal.class)
public class AuthorizationMatrixIT {

    public enum Expect { ALLOW, DENY, SIGN_IN, NOT_FOUND }

    /** The demo account of each role; "anonymous" has none. */
    public static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("anonymous", null);
        ROLES.put("citizen", "citizen");
        ROLES.put("org-representative", "org-rep");
        ROLES.put("board-member", "board-member");
        ROLES.put("board-chair", "board-chair");
        ROLES.put("moderator", "moderator");
        ROLES.put("organizer", "organizer");
        ROLES.put("strategy-office", "strategy-office");
        ROLES.put("admin", "admin");
    }

    /** The table: address → expectation per role. Keep it in step with web.xml and the boundaries. */
    public static final Map<String, Map<String, Expect>> MATRIX = new LinkedHashMap<>();

    static {
        for (String page : List.of("/index.xhtml", "/needs/index.xhtml", "/backlog/index.xhtml", "/board/index.xhtml",
                "/conference/index.xhtml", "/platform/imprint.xhtml", "/platform/privacy.xhtml",
                "/platform/accessibility.xhtml", "/platform/easy.xhtml", "/platform/contact.xhtml", "/error/400.xhtml", "/error/401.xhtml",
                "/error/403.xhtml", "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml",
                "/language", "/signout", "/Callback", "/needs/need.xhtml?id=1", "/needs/submit.xhtml",
                "/needs/submitted.xhtml", "/needs/confirm.xhtml", "/needs/confirm", "/needs/cluster.xhtml?id=1",
                "/needs/statistics.xhtml", "/needs/services.xhtml", "/needs/export.csv", "/needs/action", "/backlog/action",
                "/board/action",
                "/api/needs", "/api/backlog", "/api/kpis", "/backlog/kpis.xhtml", "/backlog/export.csv",
                "/reporting/index.xhtml", "/board/call.xhtml?id=1", "/api/board", "/api/conferences",
                // the Atom feeds: public data only (FeedsIT)
                "/feeds/needs.atom", "/feeds/answers.atom", "/feeds/roadmap.atom", "/feeds/reports.atom",
                "/feeds/recommendations.atom", "/feeds/meetings.atom",
                "/platform/about.xhtml", "/bench/plain", "/openapi", "/platform/open-data.xhtml", "/opendata/catalog",
                "/opendata/catalog.jsonld", "/opendata/catalog.ttl", "/opendata/clusters.csv", "/opendata/kpis.csv",
                "/opendata/recommendations.csv", "/opendata/programme.csv")) {
            MATRIX.put(page, everyone(Expect.ALLOW));
        }
        for (String page : List.of("/platform/profile.xhtml", "/platform/consent.xhtml", "/platform/mydata.xhtml",
                "/platform/mydata/export", "/signin", "/needs/mine.xhtml", "/board/mine.xhtml",
                "/board/apply.xhtml?call=2")) {
            MATRIX.put(page, signedIn());
        }
        for (String page : List.of("/platform/admin/index.xhtml", "/platform/admin/audit.xhtml",
                "/platform/admin/audit.csv", "/platform/admin/mail.xhtml", "/platform/admin/retention.xhtml",
                "/platform/admin/feedback.xhtml")) {
            MATRIX.put(page, only("admin"));
        }
        // an attachment is served to whoever may see its need (NeedsBrowserIT); without one: not found for all
        MATRIX.put("/needs/attachment", everyone(Expect.NOT_FOUND));
        MATRIX.put("/needs/moderation/index.xhtml", only("moderator"));
        MATRIX.put("/needs/moderation/need.xhtml?id=1", only("moderator", "strategy-office"));
        MATRIX.put("/needs/moderation/mode.xhtml", only("admin"));
        MATRIX.put("/needs/moderation/blocked.xhtml", only("moderator", "admin"));
        MATRIX.put("/needs/services/manage.xhtml", only("strategy-office"));
        MATRIX.put("/needs/services/export.csv", only("strategy-office"));
        MATRIX.put("/backlog/item.xhtml?id=999999", everyone(Expect.NOT_FOUND)); // unknown or unpublished: 404
        MATRIX.put("/backlog/manage/index.xhtml", only("strategy-office"));
        MATRIX.put("/backlog/manage/weights.xhtml", only("strategy-office"));
        MATRIX.put("/backlog/manage/kpis.xhtml", only("strategy-office"));
        MATRIX.put("/backlog/manage/dashboard.xhtml", only("strategy-office"));
        MATRIX.put("/backlog/manage/links.xhtml", only("strategy-office"));
        MATRIX.put("/backlog/manage/divergence.xhtml?id=999999", but(only("strategy-office"), "strategy-office", Expect.NOT_FOUND));
        MATRIX.put("/backlog/manage/kpi.xhtml", only("strategy-office")); // without id: define a new KPI
        MATRIX.put("/backlog/manage/kpi.xhtml?id=999999", but(only("strategy-office"), "strategy-office", Expect.NOT_FOUND)); // revise: no such KPI
        MATRIX.put("/backlog/manage/item.xhtml?id=999999", but(only("strategy-office"), "strategy-office", Expect.NOT_FOUND)); // allowed in, but no such item
        MATRIX.put("/reporting/report.xhtml?id=999999", everyone(Expect.NOT_FOUND)); // unknown, or unreleased for the public: 404
        MATRIX.put("/reporting/report.pdf?id=999999", everyone(Expect.NOT_FOUND));
        MATRIX.put("/reporting/manage/index.xhtml", only("strategy-office"));
        MATRIX.put("/reporting/manage/draft.xhtml?id=999999", but(only("strategy-office"), "strategy-office", Expect.NOT_FOUND)); // allowed in, but no such report
        MATRIX.put("/reporting/manage/council.xhtml?id=999999", but(only("strategy-office"), "strategy-office", Expect.NOT_FOUND)); // the council paper of a report
        MATRIX.put("/reporting/report.pdf?id=999999&lang=en", everyone(Expect.NOT_FOUND));
        MATRIX.put("/board/manage/index.xhtml", only("strategy-office", "board-chair"));
        MATRIX.put("/board/manage/call.xhtml?id=1", only("strategy-office", "board-chair"));
        MATRIX.put("/board/manage/application.xhtml?id=999999", but(but(only("strategy-office", "board-chair"),
                "strategy-office", Expect.NOT_FOUND), "board-chair", Expect.NOT_FOUND));
        MATRIX.put("/board/meeting.xhtml?id=999999", everyone(Expect.NOT_FOUND));
        MATRIX.put("/board/document", everyone(Expect.NOT_FOUND)); // without a document: not found for all (BoardMeetingsBrowserIT)
        MATRIX.put("/board/recommendation.xhtml?id=4", everyone(Expect.NOT_FOUND)); // a draft is not public
        MATRIX.put("/board/members/recommendations.xhtml", only("board-member", "board-chair"));
        MATRIX.put("/board/members/assess.xhtml", only("board-member", "board-chair"));
        MATRIX.put("/board/manage/recommendation.xhtml?id=999999", but(but(only("strategy-office", "board-chair"),
                "strategy-office", Expect.NOT_FOUND), "board-chair", Expect.NOT_FOUND));
        MATRIX.put("/board/members/meetings.xhtml", only("board-member", "board-chair"));
        MATRIX.put("/board/manage/meetings.xhtml", only("strategy-office", "board-chair"));
        MATRIX.put("/board/manage/working-groups.xhtml", only("strategy-office", "board-chair")); // the chair reads along
        MATRIX.put("/board/manage/working-groups.xhtml?id=999999", but(but(only("strategy-office", "board-chair"),
                "strategy-office", Expect.NOT_FOUND), "board-chair", Expect.NOT_FOUND));
        MATRIX.put("/board/manage/meeting.xhtml?id=999999", but(but(only("strategy-office", "board-chair"),
                "strategy-office", Expect.NOT_FOUND), "board-chair", Expect.NOT_FOUND));
        MATRIX.put("/board/manage/member.xhtml?id=999999", but(but(only("strategy-office", "board-chair"),
                "strategy-office", Expect.NOT_FOUND), "board-chair", Expect.NOT_FOUND));
        // the OParl interface (issue #25) is public; OparlServerIT walks all of it as anonymous
        MATRIX.put("/oparl", everyone(Expect.ALLOW));
        MATRIX.put("/oparl/*", everyone(Expect.NOT_FOUND)); // the pattern itself names no object
        MATRIX.put("/conference/register.xhtml?id=1", everyone(Expect.ALLOW));
        MATRIX.put("/conference/calendar?conference=1", everyone(Expect.ALLOW));
        MATRIX.put("/conference/ticket.xhtml?t=MW-1-AAAAAAAAAAAAAAAA", everyone(Expect.NOT_FOUND)); // a forged link
        MATRIX.put("/conference/certificate", everyone(Expect.NOT_FOUND)); // without a holder: nothing to give
        MATRIX.put("/conference/speaker-photo?id=999999", everyone(Expect.NOT_FOUND)); // no such speaker (ConferenceBrowserIT shows a portrait)
        MATRIX.put("/conference/mine.xhtml", signedIn());
        MATRIX.put("/conference/manage/checkin.xhtml?id=1", only("organizer", "strategy-office"));
        MATRIX.put("/conference/manage/programme.xhtml?id=1", only("organizer", "strategy-office"));
        MATRIX.put("/conference/manage/settings.xhtml", only("organizer", "strategy-office"));
        MATRIX.put("/conference/manage/settings.xhtml?id=999999", but(but(only("organizer", "strategy-office"),
                "organizer", Expect.NOT_FOUND), "strategy-office", Expect.NOT_FOUND));
        MATRIX.put("/conference/ticket.xhtml", everyone(Expect.NOT_FOUND)); // without a personal link: not found
        MATRIX.put("/conference/manage/index.xhtml?id=1", only("organizer", "strategy-office"));
        MATRIX.put("/conference/manage/people.xhtml?id=1", only("organizer", "strategy-office"));
        MATRIX.put("/conference/manage/export?id=1&format=csv", only("organizer", "strategy-office"));
        // verified organisations (issue #26): the request form for everyone signed in, the office's list and the
        // proofs for the strategy office and administrators, an organisation's page for everyone
        MATRIX.put("/platform/organisations/mine.xhtml", signedIn());
        MATRIX.put("/platform/organisations/manage.xhtml", only("strategy-office", "admin"));
        MATRIX.put("/platform/organisations/proof?id=999999", but(but(only("strategy-office", "admin"),
                "strategy-office", Expect.NOT_FOUND), "admin", Expect.NOT_FOUND)); // allowed in, but no such proof
        MATRIX.put("/platform/organisations/organisation.xhtml?id=3", everyone(Expect.ALLOW)); // demo: Hochschule Musterstadt
        MATRIX.put("/platform/organisations/organisation.xhtml?id=999999", everyone(Expect.NOT_FOUND));
    }

    /**
     * The trust-level rules (issue #26) beside the roles: where only verified people (eID of level substantial or
     * high) take part, whatever their role. Enforced in the boundaries through the capability's policy (checked
     * below against this table) and end to end with real eID sign-ins in it.platform.EidSignInBrowserIT. Every demo
     * account signs in with a password only, so each is unverified (checked for every role below).
     */
    public static final Map<String, Map<TrustLevel, Expect>> TRUST_RULES = new LinkedHashMap<>();

    static {
        TRUST_RULES.put("apply to a board call opened 'verified only' (BoardMembership.apply)",
                Map.of(TrustLevel.UNVERIFIED, Expect.DENY, TrustLevel.VERIFIED, Expect.ALLOW));
        TRUST_RULES.put("apply to any other open board call",
                Map.of(TrustLevel.UNVERIFIED, Expect.ALLOW, TrustLevel.VERIFIED, Expect.ALLOW));
        TRUST_RULES.put("vote on a recommendation marked 'verified only' (BoardRecommendations.recordVote)",
                Map.of(TrustLevel.UNVERIFIED, Expect.DENY, TrustLevel.VERIFIED, Expect.ALLOW));
        TRUST_RULES.put("vote on any other recommendation",
                Map.of(TrustLevel.UNVERIFIED, Expect.ALLOW, TrustLevel.VERIFIED, Expect.ALLOW));
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageAndEndpointIsInTheTable() {
        TreeSet<String> discovered = new TreeSet<>(Application.pages());
        discovered.addAll(Application.endpoints());
        TreeSet<String> covered = new TreeSet<>();
        MATRIX.keySet().forEach(address -> covered.add(address.split("\\?")[0]));
        TreeSet<String> missing = new TreeSet<>(discovered);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "pages or endpoints without an authorisation rule: " + missing);
        TreeSet<String> stale = new TreeSet<>(covered);
        stale.removeAll(discovered);
        assertTrue(stale.isEmpty(), "rules for addresses that no longer exist: " + stale);
    }

    @Test
    void theTrustLevelRulesAreThePoliciesOwn() {
        List<String> failures = new ArrayList<>();
        TRUST_RULES.forEach((rule, expected) -> expected.forEach((level, expect) -> {
            boolean verifiedOnly = rule.contains("'verified only'");
            boolean allowed = rule.startsWith("apply") ? BoardPermissions.mayApplyTo(verifiedOnly, level.isVerified())
                    : BoardPermissions.mayVoteOn(verifiedOnly, level.isVerified());
            if ((allowed ? Expect.ALLOW : Expect.DENY) != expect) {
                failures.add(rule + " for " + level + ": expected " + expect);
            }
        }));
        assertEquals(List.of(), failures);
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            String cookie = role.getValue() == null ? null : sessionOf(role.getValue());
            if (cookie != null) { // a password sign-in: unverified, whatever the role (TRUST_RULES)
                String profile = get("/platform/profile.xhtml", cookie).body();
                if (!profile.contains("unverifiziert (E-Mail)") && !profile.contains("unverified (e-mail)")) {
                    failures.add(role.getKey() + ": the profile does not say unverified");
                }
            }
            for (Map.Entry<String, Map<String, Expect>> rule : MATRIX.entrySet()) {
                Expect expected = rule.getValue().get(role.getKey());
                Expect actual = classify(get(rule.getKey(), cookie));
                checked++;
                if (expected != actual) {
                    failures.add(role.getKey() + " " + rule.getKey() + ": expected " + expected + ", got " + actual);
                }
            }
        }
        System.out.println("Authorisation matrix: " + checked + " address × role combinations checked");
        assertEquals(List.of(), failures);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Expect classify(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 403) {
            return Expect.DENY;
        }
        if (status == 404) {
            return Expect.NOT_FOUND;
        }
        if (status == 302 || status == 303) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.startsWith(Portal.keycloak()) ? Expect.SIGN_IN : Expect.ALLOW;
        }
        return status < 400 ? Expect.ALLOW : Expect.DENY;
    }

    /** Signs the demo account in through Keycloak in a browser and returns its session cookie. */
    private static String sessionOf(String username) {
        try (Browser browser = Browser.start()) {
            browser.open("/signin");
            browser.signInAtKeycloak(username, "demo");
            browser.waitForPath("/");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            return "JSESSIONID=" + session.getValue();
        }
    }

    private static Map<String, Expect> everyone(Expect expect) {
        Map<String, Expect> rule = new LinkedHashMap<>();
        ROLES.keySet().forEach(role -> rule.put(role, expect));
        return rule;
    }

    private static Map<String, Expect> signedIn() {
        Map<String, Expect> rule = everyone(Expect.ALLOW);
        rule.put("anonymous", Expect.SIGN_IN);
        return rule;
    }

    private static Map<String, Expect> but(Map<String, Expect> rule, String role, Expect expect) {
        rule.put(role, expect);
        return rule;
    }

    private static Map<String, Expect> only(String... allowedRoles) {
        Map<String, Expect> rule = everyone(Expect.DENY);
        rule.put("anonymous", Expect.SIGN_IN);
        for (String role : allowedRoles) {
            rule.put(role, Expect.ALLOW);
        }
        return rule;
    }
}
