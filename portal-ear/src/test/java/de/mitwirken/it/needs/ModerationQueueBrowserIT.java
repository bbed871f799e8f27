package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Moderators narrow the queue by status, strategy field, submitter type, report reason and what was
 * reported; the filter lives in the URL (bookmarkable) and the form works by keyboard.
 */
@ExtendWith(SharedPortal.class)
class ModerationQueueBrowserIT extends BrowserTest {

    private static final String QUEUE = "/needs/moderation/index.xhtml";
    private static final String IN_REVIEW_SOCIETY = "Schüler-BAföG ohne Papierausdruck beantragen";
    private static final String IN_REVIEW_ADMINISTRATION = "Abbruchgenehmigung und Abbruchanzeige elektronisch einreichen";

    @Test
    void theQueueIsNarrowedByFieldAndStatusWithTheKeyboard() {
        browser.open(QUEUE);
        browser.signInAtKeycloak("moderator", "demo");
        browser.waitForPath(QUEUE);
        browser.open("/language?to=de&next=%2Fneeds%2Fmoderation%2Findex.xhtml");
        String all = browser.text(By.cssSelector("main"));
        assertTrue(all.contains(IN_REVIEW_SOCIETY) && all.contains(IN_REVIEW_ADMINISTRATION), all);

        new Select(browser.find(By.id("field"))).selectByValue("SOCIETY");
        new Select(browser.find(By.id("status"))).selectByValue("IN_REVIEW");
        browser.find(By.id("queue-filter-apply")).sendKeys(Keys.ENTER); // the keyboard, not the mouse
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("field=SOCIETY"));
        String narrowed = browser.text(By.cssSelector("main"));
        assertTrue(narrowed.contains(IN_REVIEW_SOCIETY), narrowed);
        assertFalse(narrowed.contains(IN_REVIEW_ADMINISTRATION), narrowed);
        assertTrue(new Select(browser.find(By.id("field"))).getFirstSelectedOption().getAttribute("value").equals("SOCIETY"),
                "the form shows the filter that is applied");
        browser.assertAccessible();

        browser.open(QUEUE + "?status=PUBLISHED&field=NONSENSE");
        String fallback = browser.text(By.cssSelector("main"));
        assertTrue(fallback.contains(IN_REVIEW_SOCIETY) && fallback.contains(IN_REVIEW_ADMINISTRATION),
                "values that cannot be chosen fall back to everything waiting");
    }

    @Test
    void reportsAreNarrowedByReasonAndByWhatWasReported() {
        String note = "Telefonnummer im Text " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser citizen = Browser.start()) {
            citizen.open("/needs/need.xhtml?id=12");
            citizen.open("/signin?next=%2Fneeds%2Fneed.xhtml%3Fid%3D12");
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/needs/need.xhtml");
            citizen.expand(By.cssSelector("details.flag"));
            citizen.click(By.id("flag-need-PERSONAL_DATA"));
            citizen.type(By.id("flag-note-need"), note);
            citizen.submit(By.cssSelector("details.flag button[value='flag']"));
        }
        browser.open(QUEUE);
        browser.signInAtKeycloak("moderator", "demo");
        browser.waitForPath(QUEUE);
        assertTrue(browser.text(By.cssSelector("main")).contains(note), "the report is in the queue");
        browser.open(QUEUE + "?reason=PERSONAL_DATA&about=NEEDS");
        assertTrue(browser.text(By.cssSelector("main")).contains(note));
        browser.assertAccessible();
        browser.open(QUEUE + "?reason=SPAM");
        assertFalse(browser.text(By.cssSelector("main")).contains(note), "another reason hides it");
        browser.open(QUEUE + "?about=COMMENTS");
        assertFalse(browser.text(By.cssSelector("main")).contains(note), "it is about a need, not a comment");
    }
}
