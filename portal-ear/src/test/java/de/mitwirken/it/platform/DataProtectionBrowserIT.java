package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.SharedPortal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person's data rights in the browser: consent on first sign-in, export as ZIP, deleting the account. */
@ExtendWith(SharedPortal.class)
class DataProtectionBrowserIT extends BrowserTest {

    @Test
    void aPersonConsentsExportsTheirDataAndDeletesTheirAccount() throws Exception {
        String username = "tina-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        KeycloakTestUsers.create(username, "Tina", "Tester", email, "secret-pass-1");

        browser.open("/platform/mydata.xhtml");
        browser.signInWithoutConsent(username, "secret-pass-1");
        assertEquals(Browser.CONSENT_PAGE, browser.path(), "a first sign-in asks for consent");
        browser.assertAccessible();
        browser.submit(By.id("consent:accept"));
        browser.waitForPath("/platform/mydata.xhtml");
        browser.assertAccessible();
        assertTrue(browser.driver().getPageSource().contains("Datenschutzerklärung und Teilnahmebedingungen"));

        Map<String, byte[]> zip = unzip(browser.download("/platform/mydata/export"));
        String json = new String(zip.get("personal-data.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"username\": \"" + username + "\""), json);
        assertTrue(json.contains("\"email\": \"" + email + "\""));
        assertTrue(json.contains("\"purpose\": \"PRIVACY_POLICY\""));

        browser.submit(By.id("deletion:delete"));
        assertTrue(browser.text(By.id("deletion:confirmed-error")).contains("Bitte bestätigen"),
                "without the confirmation nothing is deleted");
        browser.assertAccessible();
        assertTrue(KeycloakTestUsers.exists(username));

        browser.click(By.id("deletion:confirmed"));
        browser.submit(By.id("deletion:delete"));
        browser.waitForPath("/");
        assertTrue(browser.text(By.cssSelector(".notice")).contains("Ihr Konto ist gelöscht"));
        assertFalse(browser.has(By.cssSelector(".user-name")));
        browser.assertAccessible();

        long end = System.currentTimeMillis() + 90_000;
        while (KeycloakTestUsers.exists(username) && System.currentTimeMillis() < end) {
            Thread.sleep(1000);
        }
        assertFalse(KeycloakTestUsers.exists(username), "the Keycloak account is removed too");

        browser.open("/signin");
        browser.find(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("secret-pass-1");
        browser.driver().findElement(By.id("kc-login")).click();
        assertTrue(browser.driver().getCurrentUrl().startsWith(de.mitwirken.it.support.Portal.keycloak()),
                "the deleted person cannot sign in any more");
    }

    @Test
    void aSecondSignInDoesNotAskForConsentAgain() throws Exception {
        String username = "udo-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakTestUsers.create(username, "Udo", "Zweimal", username + "@example.org", "secret-pass-2");
        browser.open("/signin");
        browser.signInAtKeycloak(username, "secret-pass-2");
        browser.waitForPath("/");
        browser.signOut();

        browser.open("/signin");
        browser.signInWithoutConsent(username, "secret-pass-2");
        browser.waitForPath("/");
        assertTrue(browser.has(By.cssSelector(".user-name")));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
