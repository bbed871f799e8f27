package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The eID sign-in (issue #26) end to end: Keycloak's login page → the stand-in eID provider (realm eid-stand-in, a
 * SAML IdP like BundID) → back in the portal with the trust level the eID's level of assurance gave.
 */
@ExtendWith(SharedPortal.class)
class EidSignInBrowserIT extends BrowserTest {

    @Test
    void erikaSignsInWithALevel3EidAndIsVerified() {
        signInWithEid("erika.mustermann", "Erika-eID-Test-2026");
        browser.open("/platform/profile.xhtml").assertAccessible();
        assertEquals("Erika Mustermann", browser.find(By.id("profile-name")).getText());
        assertEquals("verifiziert (Online-Ausweis)", browser.find(By.id("profile-trust")).getText());
    }

    @Test
    void ottosLevel1EidLeavesHimUnverifiedWithAHintHowToVerify() {
        signInWithEid("otto.normal", "Otto-eID-Test-2026");
        browser.open("/platform/profile.xhtml").assertAccessible();
        assertEquals("Otto Normal", browser.find(By.id("profile-name")).getText());
        assertEquals("unverifiziert (E-Mail)", browser.find(By.id("profile-trust")).getText());
        assertTrue(browser.find(By.id("profile-trust-hint")).getText().contains("Online-Ausweis (BundID)"));
    }

    @Test
    void aPasswordAccountIsUnverified() {
        browser.open("/signin");
        browser.signInAtKeycloak("board-member", "demo");
        browser.open("/platform/profile.xhtml").assertAccessible();
        assertEquals("unverifiziert (E-Mail)", browser.find(By.id("profile-trust")).getText());
    }

    /**
     * An eID whose e-mail belongs to an existing account is linked only after the person proves the account with its
     * password (Keycloak's "add to existing account"), never by the address alone. A fresh pair of people, so
     * that the demo citizen other tests sign in as stays unlinked.
     */
    @Test
    void anEidIsLinkedToAnExistingAccountOnlyWithItsPassword() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String email = "linker-" + n + "@mitwirken.test";
        KeycloakTestUsers.create("linker-" + n, "Lina", "Linker", email, "Linker-Test-2026!");
        KeycloakTestUsers.createEidPerson("linker.eid-" + n, "Lina", "Linker", email, "Linker-eID-Test-2026",
                "STANDIN-BPK2-LINKER-" + n.toUpperCase(), "STORK-QAA-Level-4");

        browser.open("/signin");
        eidAtStandIn("linker.eid-" + n, "Linker-eID-Test-2026");
        browser.click(By.id("linkAccount")); // "Account already exists": add to existing account
        browser.find(By.id("password")); // re-authentication with the existing account's password
        assertEquals("[]", KeycloakTestUsers.federatedIdentities("linker-" + n).replaceAll("\\s", ""),
                "not linked before the password");
        browser.find(By.id("password")).sendKeys("Linker-Test-2026!");
        browser.driver().findElement(By.id("kc-login")).click();
        backInThePortal();

        browser.open("/platform/profile.xhtml").assertAccessible();
        assertEquals("linker-" + n, browser.find(By.id("profile-username")).getText(),
                "signed in as the existing account");
        assertEquals("verifiziert (Online-Ausweis)", browser.find(By.id("profile-trust")).getText());
        assertTrue(KeycloakTestUsers.federatedIdentities("linker-" + n).contains("\"identityProvider\":\"eid\""));
        assertTrue(KeycloakTestUsers.realmRoles("linker-" + n).contains("eid-verified"));
    }

    /** "N Unterstützungen, davon M verifiziert": Erika's support counts as verified, Otto's does not. */
    @Test
    void aNeedCountsVerifiedSupportsApart() throws Exception {
        browser.open("/needs/index.xhtml");
        String needPage = browser.find(By.cssSelector(".need-card__title a")).getAttribute("href");
        browser.open(needPage);
        int supports = leadingNumber(browser.text(By.id("support-count")));
        int verified = leadingNumber(browser.text(By.id("support-verified")));

        signInWithEid("erika.mustermann", "Erika-eID-Test-2026");
        browser.open(needPage);
        browser.submit(By.id("support"));
        assertEquals(supports + 1, leadingNumber(browser.text(By.id("support-count"))));
        assertEquals(verified + 1, leadingNumber(browser.text(By.id("support-verified"))));
        browser.assertAccessible();

        try (Browser otto = Browser.start()) {
            otto.open("/signin");
            BrowserBoundEid.signIn(otto, "otto.normal", "Otto-eID-Test-2026");
            otto.open(needPage);
            otto.submit(By.id("support"));
            assertEquals(supports + 2, leadingNumber(otto.text(By.id("support-count"))));
            assertEquals(verified + 1, leadingNumber(otto.text(By.id("support-verified"))),
                    "an unverified support does not count as verified");
            otto.assertAccessible();
        }
        browser.open("/needs/index.xhtml").assertAccessible();

        // the API says the same to anyone
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url("/api/needs/"
                + needPage.replaceAll(".*id=(\\d+).*", "$1")))).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(json.matches("(?s).*\"supportCount\"\\s*:\\s*" + (supports + 2) + "\\b.*"), json);
        assertTrue(json.matches("(?s).*\"verifiedSupportCount\"\\s*:\\s*" + (verified + 1) + "\\b.*"), json);
    }

    /**
     * A call the office opened "verified only" refuses Otto (Level-1 eID: unverified) in the boundary, with a hint
     * how to verify and his input kept, and takes Erika's application; the review shows her as verified.
     */
    @Test
    void aVerifiedOnlyCallRefusesTheUnverifiedAndAcceptsTheVerified() {
        browser.open("/signin?next=%2Fboard%2Fmanage%2Findex.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Findex.xhtml");
        String title = "Nur mit Online-Ausweis " + Long.toString(System.nanoTime() % 1_000_000L, 36);
        browser.type(By.id("call:title"), title);
        browser.type(By.id("call:description"), "Ein Aufruf des Tests nur für verifizierte Personen.");
        browser.type(By.id("call:opensOn"), java.time.LocalDate.now().toString());
        browser.type(By.id("call:closesOn"), java.time.LocalDate.now().plusDays(10).toString());
        browser.type(By.id("call:termMonths"), "24");
        browser.type(By.id("call:seatsCIVIL_SOCIETY"), "2");
        browser.click(By.id("call:verifiedOnly"));
        browser.assertAccessible();
        browser.submit(By.id("call:open"));
        browser.waitForPath("/board/manage/call.xhtml");
        String callId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        try (Browser otto = Browser.start()) {
            otto.open("/signin?next=%2Fboard%2Fapply.xhtml%3Fcall%3D" + callId);
            BrowserBoundEid.signIn(otto, "otto.normal", "Otto-eID-Test-2026");
            otto.open("/board/apply.xhtml?call=" + callId);
            assertTrue(otto.text(By.id("call-verified-only")).contains("Online-Ausweis (BundID)"));
            otto.assertAccessible();
            fillApplication(otto);
            otto.submit(By.id("apply:send"));
            assertEquals("/board/apply.xhtml", otto.path(), "refused: still on the form");
            assertTrue(otto.text(By.cssSelector(".messages")).contains("nur verifizierte Personen"),
                    otto.text(By.cssSelector("main")));
            assertEquals(MOTIVATION, otto.find(By.id("apply:motivation")).getAttribute("value"), "the input is kept");
            otto.assertAccessible();
        }
        try (Browser erika = Browser.start()) {
            erika.open("/signin?next=%2Fboard%2Fapply.xhtml%3Fcall%3D" + callId);
            BrowserBoundEid.signIn(erika, "erika.mustermann", "Erika-eID-Test-2026");
            erika.open("/board/apply.xhtml?call=" + callId);
            fillApplication(erika);
            erika.submit(By.id("apply:send"));
            erika.waitForPath("/board/mine.xhtml");
            assertTrue(erika.text(By.cssSelector("main")).contains(title));
        }
        browser.open("/board/manage/call.xhtml?id=" + callId).assertAccessible();
        String applications = browser.text(By.id("applications"));
        assertTrue(applications.contains("Erika Mustermann") && applications.contains("verifiziert"), applications);
        assertTrue(!applications.contains("Otto"), "Otto's application was refused: " + applications);
    }

    /**
     * A recommendation the chair marks "verified only" is voted on by verified members only: at the demo's 3rd
     * meeting eight members are present, three of them verified (demo data R__22): an open vote naming the others is
     * refused, a secret vote may count at most three votes.
     */
    @Test
    void aVerifiedOnlyVoteCountsOnlyVerifiedMembers() {
        String title = "Online-Ausweis für Beiratswahlen " + Long.toString(System.nanoTime() % 1_000_000L, 36);
        browser.open("/signin?next=%2Fboard%2Fmembers%2Frecommendations.xhtml");
        browser.signInAtKeycloak("board-member", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmembers%2Frecommendations.xhtml");
        browser.type(By.id("draft:title"), title);
        browser.type(By.id("draft:body"), "Der Beirat empfiehlt, Abstimmungen über Bürgerbeteiligung nur mit verifizierten"
                + " Personen durchzuführen, damit jede Stimme einer echten Person gehört.");
        browser.click(By.cssSelector("input[name='draft:addressee'][value='ADMINISTRATION']"));
        browser.submit(By.id("draft:send"));
        assertTrue(browser.text(By.id("drafts")).contains(title), browser.text(By.cssSelector("main")));

        try (Browser chair = Browser.start()) {
            chair.open("/signin?next=%2Fboard%2Fmanage%2Findex.xhtml");
            chair.signInAtKeycloak("board-chair", "demo");
            chair.open("/language?to=de&next=%2Fboard%2Fmanage%2Findex.xhtml");
            chair.click(By.linkText(title));
            chair.waitForPath("/board/manage/recommendation.xhtml");
            chair.click(By.id("verified:verifiedOnly"));
            chair.submit(By.id("verified:save"));
            assertTrue(chair.text(By.id("vote-verified-only")).contains("nur verifizierte Mitglieder"),
                    chair.text(By.cssSelector("main")));
            chair.assertAccessible();

            new org.openqa.selenium.support.ui.Select(chair.find(By.id("vote:meeting")))
                    .selectByVisibleText("3. Sitzung des Digitalisierungsbeirats");
            chair.submit(By.id("vote:choose"));
            int voters = chair.driver().findElements(By.cssSelector("select.member-vote")).size();
            assertEquals(8, voters, "eight members present at the 3rd meeting");
            for (int i = 0; i < voters; i++) {
                new org.openqa.selenium.support.ui.Select(chair.driver().findElements(By.cssSelector("select.member-vote"))
                        .get(i)).selectByValue("YES");
            }
            chair.submit(By.id("vote:record"));
            assertTrue(chair.text(By.id("vote:yes-error")).contains("nur verifizierte Mitglieder"),
                    chair.text(By.cssSelector("main")));
            assertEquals("Entwurf", chair.text(By.id("recommendation-status")));
            chair.assertAccessible();

            chair.click(By.cssSelector("input[name='vote:openVote'][value='false']"));
            chair.type(By.id("vote:yes"), "4");
            chair.type(By.id("vote:no"), "0");
            chair.type(By.id("vote:abstain"), "0");
            chair.submit(By.id("vote:record"));
            assertEquals("Entwurf", chair.text(By.id("recommendation-status")), "four votes, but three verified members");
            chair.type(By.id("vote:yes"), "3");
            chair.submit(By.id("vote:record"));
            assertEquals("Eingereicht", chair.text(By.id("recommendation-status")), chair.text(By.cssSelector("main")));
            assertTrue(chair.text(By.id("recommendation-vote")).contains("3 Ja"));
        }
    }

    private static final String MOTIVATION = "Ich möchte die Digitalstrategie als verifizierte Bürgerin begleiten, "
            + "weil mir gute Online-Dienste der Stadt wichtig sind.";

    private static void fillApplication(Browser page) {
        page.click(By.cssSelector("input[name='apply:constituency'][value='CIVIL_SOCIETY']"));
        page.click(By.cssSelector("input[name='apply:expertise'][value='MOBILITY']"));
        // civil society: no organisation needed (it is chosen from verified ones, issue #26, not typed)
        page.type(By.id("apply:motivation"), MOTIVATION);
        page.click(By.cssSelector("input[name='apply:hasConflicts'][value='false']"));
    }

    private static int leadingNumber(String text) {
        return Integer.parseInt(text.replaceAll("^\\D*(\\d[\\d.]*).*$", "$1").replace(".", ""));
    }

    private void signInWithEid(String person, String password) {
        browser.open("/signin");
        BrowserBoundEid.signIn(browser, person, password);
    }

    private void eidAtStandIn(String person, String password) {
        BrowserBoundEid.atStandIn(browser, person, password);
    }

    private void backInThePortal() {
        BrowserBoundEid.backInThePortal(browser);
    }

    /** The eID steps for any browser standing on the portal's Keycloak login page. */
    static final class BrowserBoundEid {

        static void signIn(Browser page, String person, String password) {
            atStandIn(page, person, password);
            backInThePortal(page);
        }

        /** The eID button, then the stand-in's own login form. */
        static void atStandIn(Browser page, String person, String password) {
            page.click(By.id("social-eid"));
            new WebDriverWait(page.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/realms/eid-stand-in/"));
            page.find(By.id("username")).sendKeys(person);
            page.driver().findElement(By.id("password")).sendKeys(password);
            page.driver().findElement(By.id("kc-login")).click();
        }

        /** Waits for the portal; a first sign-in gives consent to the privacy text. */
        static void backInThePortal(Browser page) {
            new WebDriverWait(page.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().startsWith(Portal.base()));
            if (page.path().equals(Browser.CONSENT_PAGE)) {
                page.assertAccessible();
                page.click(By.id("consent:accept"));
                new WebDriverWait(page.driver(), Duration.ofSeconds(30))
                        .until(d -> !page.path().equals(Browser.CONSENT_PAGE));
            }
        }
    }
}
