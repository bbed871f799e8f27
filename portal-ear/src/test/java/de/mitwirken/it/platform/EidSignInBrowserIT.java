package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
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

    private void signInWithEid(String person, String password) {
        browser.open("/signin");
        eidAtStandIn(person, password);
        backInThePortal();
    }

    /** On the portal's Keycloak login page: the eID button, then the stand-in's own login form. */
    private void eidAtStandIn(String person, String password) {
        browser.click(By.id("social-eid"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/realms/eid-stand-in/"));
        browser.find(By.id("username")).sendKeys(person);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** Waits for the portal; a first sign-in gives consent to the privacy text. */
    private void backInThePortal() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(Portal.base()));
        if (browser.path().equals(Browser.CONSENT_PAGE)) {
            browser.assertAccessible();
            browser.click(By.id("consent:accept"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !browser.path().equals(Browser.CONSENT_PAGE));
        }
    }
}
