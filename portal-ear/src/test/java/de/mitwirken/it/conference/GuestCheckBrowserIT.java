package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Keyboard;
import de.mitwirken.it.support.SharedPortal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The human check of a guest form (issue #26) in the browser: the page's script solves the proof-of-work puzzle
 * while the guest types and says so in a live status; the form is filled and sent with the keyboard alone; a post
 * whose solution was tampered with is refused with a message at the check, what was typed stays, and the next send
 * (with the new puzzle solved) goes through; the organisers set an edition's guest limits. Every page is checked
 * with axe-core.
 */
@ExtendWith(SharedPortal.class)
class GuestCheckBrowserIT extends BrowserTest {

    @Test
    void aGuestSendsTheFormWithTheKeyboardWhileTheCheckRunsByItself() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        open("/conference/register.xhtml?id=1");
        WebElement status = browser.find(By.id("register:human-status"));
        assertEquals("status", status.getAttribute("role"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertTrue(!browser.find(By.id("register:humanAnswer")).isDisplayed(),
                "with JavaScript the question for browsers without it stays hidden");
        Keyboard keys = new Keyboard(browser);
        keys.tabToId("register:name");
        keys.type("Tina Tastatur");
        keys.tabToId("register:email");
        keys.type("tastatur-" + run + "@example.org");
        keys.tabToId("register:group");
        keys.chooseOption("CITIZENS");
        keys.tabToId("register:consent");
        keys.check();
        keys.tabToId("register:send");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("registered")).contains("Postfach"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
    }

    @Test
    void aPostWithoutAValidSolutionIsRefusedWithAMessageAndTheInputStays() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        open("/conference/register.xhtml?id=1");
        browser.type(By.id("register:name"), "Fritz Fälscher");
        browser.type(By.id("register:email"), "faelscher-" + run + "@example.org");
        new Select(browser.find(By.id("register:group"))).selectByValue("CITIZENS");
        browser.click(By.id("register:consent"));
        solved();
        // a bot that copies the form but not the work: the solution's signature is not the server's
        browser.driver().executeScript("var f = document.querySelector('input[name=\"register:human\"]');"
                + " f.value = f.value.replace(/\\|[0-9a-f]+$/, '|' + '0'.repeat(64));");
        browser.submit(By.id("register:send"));
        assertTrue(browser.text(By.id("register:human-error")).contains("nicht gelungen"), browser.text(By.cssSelector("main")));
        assertEquals("Fritz Fälscher", browser.find(By.id("register:name")).getAttribute("value"), "what was typed stays");
        assertTrue(!browser.has(By.id("registered")), "nothing was registered");
        browser.assertAccessible();

        solved(); // a new puzzle came with the form, and the script solved it
        browser.submit(By.id("register:send"));
        assertTrue(browser.text(By.id("registered")).contains("Postfach"), browser.text(By.cssSelector("main")));
    }

    /**
     * The organisers set the demo edition's guest limits on its settings page: a word is refused at the field and
     * kept, a number is saved, an empty field goes back to the portal's default (which the test stack sets high, so
     * the other tests of the run are not affected).
     */
    @Test
    void theOrganisersSetAnEditionsGuestLimitsAndAnEmptyFieldTakesTheDefault() {
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("organizer", "demo");
        open("/conference/manage/settings.xhtml?id=1");
        By network = By.id("edition:guestLimitNetwork");
        browser.type(network, "viele");
        browser.submit(By.id("edition:save-guest-limits"));
        assertTrue(browser.text(By.id("edition:guestLimitNetwork-error")).contains("ganze Zahl"),
                browser.text(By.cssSelector("main")));
        assertEquals("viele", browser.find(network).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();
        browser.type(network, "50000");
        browser.submit(By.id("edition:save-guest-limits"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Die Grenzen für Anmeldungen von Gästen sind gespeichert"));
        assertEquals("50000", browser.find(network).getAttribute("value"));
        browser.find(network).clear();
        browser.submit(By.id("edition:save-guest-limits"));
        assertEquals("", browser.find(network).getAttribute("value"), "empty again: the portal's default");
        browser.assertAccessible();
    }

    private void open(String path) {
        browser.open("/language?to=de&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        browser.assertAccessible();
    }

    /** Waits until the status says the check is done (the script solved the puzzle, well under a second). */
    private void solved() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                browser.text(By.id("register:human-status")).contains("Geprüft"));
    }
}
