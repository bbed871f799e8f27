package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The page frame in a real browser with the real Keycloak: sign-in, roles, language, sign-out. */
@ExtendWith(SharedPortal.class)
class SignInBrowserIT extends BrowserTest {

    @Test
    void aCitizenSignsInIsRefusedTheAdminPageSwitchesLanguageAndSignsOut() {
        browser.open("/").assertAccessible();
        browser.assertHeading("Die Digitalstrategie unserer Stadt – mit Ihnen");
        assertEquals("de", browser.htmlLang());

        browser.click(By.linkText("Anmelden"));
        browser.signInAtKeycloak("citizen", "demo");
        browser.waitForPath("/");
        assertTrue(browser.find(By.cssSelector(".user-name")).getText().contains("Clara Bürger"));
        browser.assertAccessible();
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly(), "no script reads the session cookie");
        assertEquals("Lax", session.getSameSite(), "the session cookie is not sent on cross-site requests");

        browser.open("/platform/profile.xhtml").assertAccessible();
        assertEquals("Clara Bürger", browser.find(By.id("profile-name")).getText());
        assertTrue(browser.driver().getPageSource().contains("Bürgerin / Bürger"));

        browser.open("/platform/admin/index.xhtml");
        browser.assertHeading("Kein Zugriff");
        assertEquals(403, browser.statusOf("/platform/admin/index.xhtml"));
        browser.assertAccessible();

        browser.click(By.linkText("English"));
        browser.waitForPath("/platform/admin/index.xhtml");
        browser.assertHeading("No access");
        assertEquals("en", browser.htmlLang());
        browser.assertAccessible();

        browser.open("/");
        browser.signOut();
        assertTrue(browser.has(By.linkText("Sign in")), "signed out, and the language stays English");
        assertFalse(browser.has(By.cssSelector(".user-name")));
        browser.assertAccessible();

        // the Keycloak session has ended too: signing in again asks for the password
        browser.open("/signin");
        browser.find(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(de.mitwirken.it.support.Portal.keycloak()));
    }

    @Test
    void anAdministratorGoesStraightToTheSystemPageAfterSignIn() {
        browser.open("/platform/admin/index.xhtml");
        browser.signInAtKeycloak("admin", "demo");
        browser.waitForPath("/platform/admin/index.xhtml");
        browser.assertHeading("Administration");
        assertFalse(browser.find(By.id("schema-version")).getText().isBlank());
        assertTrue(browser.has(By.linkText("Administration")), "the admin area is in the navigation");
        browser.assertAccessible();
    }

    @Test
    void theLanguageIsRememberedInTheProfileAcrossSignIns() {
        browser.open("/signin");
        browser.signInAtKeycloak("moderator", "demo");
        browser.waitForPath("/");
        browser.click(By.linkText("English"));
        browser.waitForPath("/");
        browser.assertHeading("Our city's digital strategy – with you");
        browser.signOut();

        browser.driver().manage().deleteCookieNamed("mitwirken-lang");
        browser.open("/");
        browser.assertHeading("Die Digitalstrategie unserer Stadt – mit Ihnen");
        browser.open("/signin");
        browser.signInAtKeycloak("moderator", "demo");
        browser.waitForPath("/");
        browser.assertHeading("Our city's digital strategy – with you");
        Cookie cookie = browser.driver().manage().getCookieNamed("mitwirken-lang");
        assertEquals(null, cookie, "the preference came from the profile, not from a cookie");
    }

    @Test
    void everyPublicPageOfTheFrameIsAccessibleInBothLanguages() {
        String[] pages = {"/", "/needs/index.xhtml", "/backlog/index.xhtml", "/board/index.xhtml",
                "/conference/index.xhtml", "/platform/imprint.xhtml", "/platform/privacy.xhtml",
                "/platform/accessibility.xhtml", "/platform/contact.xhtml", "/no-such-page"};
        for (String page : pages) {
            browser.open(page).assertAccessible();
        }
        browser.click(By.linkText("English"));
        for (String page : pages) {
            browser.open(page).assertAccessible();
            assertEquals("en", browser.htmlLang(), page);
        }
    }
}
