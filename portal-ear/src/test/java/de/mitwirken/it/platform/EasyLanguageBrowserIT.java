package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Easy-to-read versions (Leichte Sprache) written by staff in their forms: of a need's answer, of a board
 * recommendation and of a backlog item. The public page shows the "Leichte Sprache" switch only when a
 * version exists; the switch works with the keyboard and shows the text marked as German (also in the
 * English interface); every change is in the audit log.
 */
@ExtendWith(SharedPortal.class)
class EasyLanguageBrowserIT extends BrowserTest {

    private static final String TOO_LONG = "Kurz. ".repeat(834);

    @Test
    void aModeratorAddsAnEasyAnswerAndThePublicSwitchesToIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String easy = "Die Stadt macht das WLAN in den Büchereien besser. Das ist bis Januar fertig. " + run;
        assertNoSwitch("/needs/need.xhtml?id=11");

        browser.open("/needs/moderation/need.xhtml?id=11");
        browser.signInAtKeycloak("moderator", "demo");
        browser.open("/language?to=de&next=%2Fneeds%2Fmoderation%2Fneed.xhtml%3Fid%3D11");
        assertTrue(browser.text(By.cssSelector("label[for='answer:easyText']")).contains("Fassung in Leichter Sprache (optional)"));
        String answer = browser.find(By.id("answer:answerText")).getAttribute("value");
        assertTrue(answer.contains("Access Points"), "the form holds the present answer: " + answer);
        fill(By.id("answer:easyText"), TOO_LONG);
        browser.submit(By.id("answer:send"));
        assertTrue(browser.text(By.id("answer:easyText-error")).contains("höchstens 5 000 Zeichen"),
                browser.text(By.cssSelector("main")));
        assertEquals(TOO_LONG.strip().length(), browser.find(By.id("answer:easyText")).getAttribute("value").strip().length(),
                "the typed text is kept");
        browser.assertAccessible();
        browser.type(By.id("answer:easyText"), easy);
        browser.submit(By.id("answer:send"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Antwort ist veröffentlicht"),
                browser.text(By.cssSelector("main")));
        assertEquals(easy, browser.find(By.id("answer:easyText")).getAttribute("value"));
        browser.assertAccessible();

        switchesToEasyText("/needs/need.xhtml?id=11", easy, "Access Points");
        assertAudited("needs.answer.easyLanguage", "need", 11);
    }

    @Test
    void theChairAddsAnEasyVersionOfARecommendation() {
        String easy = "Der Beirat sagt: Man soll Baustellen im Internet sehen können. Das hilft allen. "
                + UUID.randomUUID().toString().substring(0, 6);
        assertNoSwitch("/board/recommendation.xhtml?id=2");

        browser.open("/board/manage/recommendation.xhtml?id=2");
        browser.signInAtKeycloak("board-chair", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Frecommendation.xhtml%3Fid%3D2");
        assertTrue(browser.text(By.cssSelector("label[for='easy:easyText']")).contains("Fassung in Leichter Sprache (optional)"));
        fill(By.id("easy:easyText"), TOO_LONG);
        browser.submit(By.id("easy:save"));
        assertTrue(browser.text(By.id("easy:easyText-error")).contains("höchstens 5 000 Zeichen"),
                browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.type(By.id("easy:easyText"), easy);
        browser.submit(By.id("easy:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Leichter Sprache ist gespeichert"),
                browser.text(By.cssSelector("main")));
        browser.assertAccessible();

        switchesToEasyText("/board/recommendation.xhtml?id=2", easy, "digitaler Angebote");
        assertAudited("board.recommendation.easyLanguage", "board-recommendation", 2);
    }

    @Test
    void theOfficeAddsAndRemovesAnEasyVersionOfABacklogItem() {
        String easy = "Die Stadt misst den Strom in ihren Häusern. So spart sie Geld und Energie. "
                + UUID.randomUUID().toString().substring(0, 6);
        assertNoSwitch("/backlog/item.xhtml?id=14");

        browser.open("/backlog/manage/item.xhtml?id=14");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.open("/language?to=en&next=%2Fbacklog%2Fmanage%2Fitem.xhtml%3Fid%3D14");
        assertTrue(browser.text(By.cssSelector("label[for='easy:easyText']")).contains("Easy-to-read version (optional)"));
        browser.type(By.id("easy:easyText"), easy);
        browser.submit(By.id("easy:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("easy-to-read version is saved"),
                browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        String json = new String(browser.download("/api/backlog/14"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"easyDescription\":\"" + easy + "\""), json);

        switchesToEasyText("/backlog/item.xhtml?id=14", easy, "Jahresabrechnung");
        assertAudited("backlog.item.easyLanguage", "backlog-item", 14);

        browser.open("/backlog/manage/item.xhtml?id=14");
        browser.type(By.id("easy:easyText"), " ");
        browser.submit(By.id("easy:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("easy-to-read version is removed"),
                browser.text(By.cssSelector("main")));
        assertNoSwitch("/backlog/item.xhtml?id=14");
        assertFalse(new String(browser.download("/api/backlog/14"), StandardCharsets.UTF_8).contains("easyDescription"),
                "left out of the JSON when there is none");
    }

    @Test
    void theDemoCarriesEasyVersionsOfEachKind() {
        browser.open("/language?to=de&next=%2Fneeds%2Fneed.xhtml%3Fid%3D4");
        assertEquals("de", browser.htmlLang());
        switchesToEasyText("/needs/need.xhtml?id=4", "Ein Mangel ist ein Schaden.", "Kolonne des Tiefbauamts");
        switchesToEasyText("/board/recommendation.xhtml?id=1", "Der Beirat ist eine Gruppe von Fach·leuten.",
                "morgendliche Warten");
        switchesToEasyText("/backlog/item.xhtml?id=21", "Ein Formular ist eine Seite mit Fragen.", "ausreichenden Kontrasten");
        String json = new String(browser.download("/api/backlog/21"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"easyDescription\":\"Die Stadt hat viele Online·dienste."), json);
    }

    /** The public page without an easy-to-read version: no switch, and ?easy=1 changes nothing. */
    private void assertNoSwitch(String page) {
        browser.open(page);
        assertFalse(browser.has(By.id("easy-switch")), "no switch without an easy-to-read version on " + page);
        browser.open(page + "&easy=1");
        assertFalse(browser.has(By.id("easy-text")), page);
        browser.assertAccessible();
    }

    /**
     * On the public page (in English, to show that the easy text stays marked as German): the switch is
     * reached and followed with the keyboard, the easy text replaces the standard one, and the way back works.
     */
    private void switchesToEasyText(String page, String easyPart, String standardPart) {
        String lang = browser.htmlLang();
        browser.open("/language?to=en&next=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8));
        assertEquals("en", browser.htmlLang());
        assertTrue(browser.text(By.tagName("main")).contains(standardPart), browser.text(By.tagName("main")));
        assertFalse(browser.has(By.id("easy-text")));
        WebElement link = browser.find(By.id("easy-switch"));
        assertEquals("Leichte Sprache", link.getText());
        assertEquals("de", link.getAttribute("lang"));
        browser.assertAccessible();
        focusByTabbing(link);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("easy=1")
                && !d.findElements(By.id("easy-text")).isEmpty());
        WebElement easy = browser.find(By.id("easy-text"));
        assertEquals("de", easy.getAttribute("lang"), "Leichte Sprache is German, also in the English interface");
        assertTrue(easy.isDisplayed());
        assertTrue(easy.getText().replace('\n', ' ').contains(easyPart), easy.getText());
        assertFalse(browser.text(By.tagName("main")).contains(standardPart), "the easy text takes the standard text's place");
        assertEquals("Back to the full text", browser.text(By.id("easy-switch")));
        browser.assertAccessible();
        browser.submit(By.id("easy-switch"));
        assertFalse(browser.driver().getCurrentUrl().contains("easy=1"));
        assertTrue(browser.text(By.tagName("main")).contains(standardPart));
        if (!"en".equals(lang)) {
            browser.open("/language?to=" + lang + "&next=%2F");
        }
    }

    /** Tabs through the page from its start until the element has the focus: keyboard users reach it. */
    private void focusByTabbing(WebElement target) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement && document.activeElement.blur();"
                + " window.scrollTo(0, 0);");
        for (int i = 0; i < 150; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("the switch is not reached with the Tab key");
    }

    /** Sets a long text at once (typing 5 000 characters key by key takes long). */
    private void fill(By field, String text) {
        WebElement element = browser.find(field);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", element, text);
    }

    private static void assertAudited(String action, String type, long id) {
        try (Browser admin = Browser.start()) {
            admin.open("/platform/admin/audit.xhtml?action=" + action);
            admin.signInAtKeycloak("admin", "demo");
            admin.waitForPath("/platform/admin/audit.xhtml");
            String csv = new String(admin.download("/platform/admin/audit.csv?action=" + action), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"" + action + "\",\"" + type + "\",\"" + id + "\""), csv);
        }
    }
}
