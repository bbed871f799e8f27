package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Leichte Sprache and the accessibility statement: the easy-to-read page (German and plain English), the
 * folded explanations on the journeys (opened with the keyboard), and the feedback form of the statement —
 * bad input explained at the field, a message received, the administrators and the sender mailed, the
 * message answered by an administrator (audited, answer mailed), and the administration closed to citizens.
 */
@ExtendWith(SharedPortal.class)
class AccessibilityStatementBrowserIT extends BrowserTest {

    /** Where feedback goes in the test domain: the operator's address (no own address configured). */
    private static final String ADMINISTRATORS = "digitalisierung@musterstadt.example";
    private static final String STATEMENT = "/platform/accessibility.xhtml";
    private static final String ADMIN_PAGE = "/platform/admin/feedback.xhtml";

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void theEasyPageExplainsThePortalInLeichteSpracheAndInPlainEnglish() {
        browser.open("/language?to=de&next=%2F");
        browser.submit(By.cssSelector("#easy-teaser a"));
        assertEquals("/platform/easy.xhtml", browser.path());
        browser.assertHeading("Leichte Sprache");
        assertEquals("de", browser.htmlLang());
        assertEquals(List.of("Das steht auf dieser Seite", "Was ist Mitwirken?", "So finden Sie sich zurecht",
                "Ein Anliegen einbringen", "Zur Konferenz anmelden", "Im Digitalisierungs-Beirat mitmachen",
                "Barriere-Freiheit"), headings());
        assertTrue(browser.text(By.id("main")).contains("Der Beirat ist eine Gruppe von Fach-Leuten."));
        WebElement headerLink = browser.find(By.cssSelector("header a.easy-link"));
        assertEquals("Leichte Sprache", headerLink.getText());
        assertEquals("de", headerLink.getAttribute("lang"));
        assertTrue(browser.has(By.cssSelector("footer a[lang='de'][href$='/platform/easy.xhtml']")),
                "the footer links the page too");
        browser.assertAccessible();

        browser.submit(By.linkText("English"));
        browser.assertHeading("Easy English");
        assertEquals("en", browser.htmlLang());
        assertTrue(headings().contains("Bringing in a need"), headings().toString());
        browser.assertAccessible();

        // on an English page the Leichte-Sprache link still says so in German and leads to the German page
        WebElement german = browser.find(By.cssSelector("header a.easy-link[lang='de']"));
        assertEquals("Leichte Sprache", german.getText());
        browser.submit(By.cssSelector("header a.easy-link[lang='de']"));
        browser.assertHeading("Leichte Sprache");
        assertEquals("de", browser.htmlLang());
    }

    @Test
    void aJourneyExplainsItselfInLeichteSpracheAndOpensWithTheKeyboard() {
        browser.open("/language?to=de&next=%2Fneeds%2Fsubmit.xhtml");
        By needs = By.id("easy-needs");
        assertNull(browser.find(needs).getAttribute("open"), "folded at first");
        WebElement summary = browser.find(needs).findElement(By.tagName("summary"));
        assertTrue(summary.getText().startsWith("Leichte Sprache"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", summary);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform(); // the keyboard, not the mouse
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.find(needs).getAttribute("open") != null);
        assertTrue(browser.text(needs).contains("Dann schreiben Sie ein Anliegen."), browser.text(needs));
        browser.assertAccessible();

        browser.open("/conference/register.xhtml?id=1");
        browser.expand(By.id("easy-conference"));
        assertTrue(browser.text(By.id("easy-conference")).contains("Ticket"));
        browser.assertAccessible();
    }

    @Test
    void feedbackIsExplainedAtTheFieldReceivedMailedAndAnsweredByAnAdministrator() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = "barriere-" + run + "@example.org";
        String text = "Der Filter " + run + " lässt sich mit dem Screenreader schlecht bedienen.";

        // the footer link tells the form which page the visitor came from
        browser.open("/language?to=de&next=%2Fneeds%2Findex.xhtml");
        browser.submit(By.linkText("Barriere melden"));
        assertEquals(STATEMENT, browser.path());
        assertEquals("/needs/index.xhtml", browser.find(By.id("feedback:page")).getAttribute("value"));
        List<String> sections = headings();
        for (String section : List.of("Stand der Vereinbarkeit", "Nicht barrierefreie Inhalte", "Wie wir prüfen",
                "Datum dieser Erklärung", "Barrieren melden", "Schlichtungsverfahren")) {
            assertTrue(sections.contains(section), section + " in " + sections);
        }
        assertTrue(browser.text(By.id("main")).contains("teilweise vereinbar"));
        browser.assertAccessible();

        browser.submit(By.id("feedback:send"));
        assertTrue(browser.text(By.id("feedback:message-error")).contains("beschreiben"), browser.text(By.id("main")));
        assertEquals("true", browser.find(By.id("feedback:message")).getAttribute("aria-invalid"));
        browser.assertAccessible();

        browser.type(By.id("feedback:message"), text);
        browser.type(By.id("feedback:email"), "barriere(at)example");
        browser.submit(By.id("feedback:send"));
        assertTrue(browser.text(By.id("feedback:email-error")).contains("gültige E-Mail-Adresse"));
        assertEquals("barriere(at)example", browser.find(By.id("feedback:email")).getAttribute("value"), "typed input stays");
        assertEquals(text, browser.find(By.id("feedback:message")).getAttribute("value"));
        assertEquals("/needs/index.xhtml", browser.find(By.id("feedback:page")).getAttribute("value"));
        browser.assertAccessible();

        browser.find(By.id("feedback:email")).clear();
        browser.type(By.id("feedback:email"), sender);
        browser.type(By.id("feedback:name"), "Bea Barriere");
        browser.submit(By.id("feedback:send"));
        assertTrue(browser.text(By.id("feedback:consent-error")).contains("Einverständnis"), "an address needs consent");
        browser.click(By.id("feedback:consent"));
        browser.submit(By.id("feedback:send"));
        String received = browser.text(By.id("feedback-received"));
        Matcher number = Pattern.compile("Nummer (\\d+)").matcher(received);
        assertTrue(number.find(), received);
        String id = number.group(1);
        assertTrue(received.contains("Bestätigung per E-Mail"), received);
        assertFalse(browser.has(By.id("feedback:send")), "the form is done");
        browser.assertAccessible();

        MimeMessage toAdministrators = mail.find(ADMINISTRATORS, m -> MailCatcher.text(m).contains(run))
                .orElseThrow(() -> new AssertionError("no mail to the administrators"));
        assertEquals("Rückmeldung zur Barrierefreiheit Nr. " + id, toAdministrators.getSubject());
        String adminText = MailCatcher.text(toAdministrators);
        assertTrue(adminText.contains("/needs/index.xhtml") && adminText.contains(sender)
                && adminText.contains("/platform/admin/feedback.xhtml"), adminText);
        MimeMessage receipt = mail.await(sender, "ist angekommen (Nr. " + id + ")");
        assertTrue(MailCatcher.text(receipt).contains(text), MailCatcher.text(receipt));

        // the administrator: open messages first, with their age; an empty answer is refused
        browser.open(ADMIN_PAGE);
        browser.signInAtKeycloak("admin", "demo");
        browser.waitForPath(ADMIN_PAGE);
        browser.open("/language?to=de&next=" + ADMIN_PAGE.replace("/", "%2F"));
        By item = By.id("feedback-" + id);
        assertTrue(browser.text(item).contains(text), browser.text(item));
        assertTrue(browser.find(item).findElement(By.tagName("h2")).getText().endsWith("offen"));
        assertEquals("0", browser.find(item).findElement(By.className("age")).getText());
        assertOpenFirst();
        browser.assertAccessible();

        browser.submit(By.id("answer-" + id + ":send"));
        assertTrue(browser.text(By.id("answer-" + id + ":text-error")).contains("Antwort"), browser.text(By.id("main")));
        assertTrue(browser.find(item).findElement(By.tagName("h2")).getText().endsWith("offen"), "still open");
        browser.assertAccessible();

        String answer = "Danke! Der Filter " + run + " hat jetzt beschriftete Felder.";
        browser.type(By.id("answer-" + id + ":text"), answer);
        browser.submit(By.id("answer-" + id + ":send"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Antwort ist gespeichert"));
        assertTrue(browser.find(item).findElement(By.tagName("h2")).getText().endsWith("beantwortet"));
        assertTrue(browser.text(item).contains(answer) && browser.text(item).contains("Beantwortet von admin"),
                browser.text(item));
        assertFalse(browser.has(By.id("answer-" + id + ":send")), "answered once");
        assertOpenFirst();
        browser.assertAccessible();

        MimeMessage answered = mail.await(sender, "Antwort auf Ihre Rückmeldung zur Barrierefreiheit (Nr. " + id + ")");
        assertTrue(MailCatcher.text(answered).contains(answer), MailCatcher.text(answered));

        browser.open("/platform/admin/audit.xhtml?action=platform.accessibility-feedback.answer");
        assertTrue(browser.driver().getPageSource().contains("accessibility feedback " + id + " answered, answer mailed"),
                "the answer is audited");

        // reachable from the administration's start, and answered feedback has a retention rule
        browser.open("/platform/admin/index.xhtml");
        assertTrue(browser.has(By.cssSelector("main a[href$='" + ADMIN_PAGE + "']")));
        browser.open("/platform/admin/retention.xhtml");
        assertTrue(browser.text(By.id("main")).contains("platform.answered-accessibility-feedback"));
    }

    @Test
    void aCitizensFeedbackIsInTheirDataAndTheAdministrationIsClosedToThem() {
        browser.open("/signin");
        browser.signInAtKeycloak("citizen", "demo");
        browser.waitForPath("/");
        browser.open("/language?to=de&next=%2Fplatform%2Faccessibility.xhtml");
        assertFalse(browser.find(By.id("feedback:email")).getAttribute("value").isBlank(),
                "a signed-in person finds the account's address filled in");
        String run = UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("feedback:message"), "Kontrast " + run + " zu schwach");
        browser.click(By.id("feedback:consent"));
        browser.submit(By.id("feedback:send"));
        assertTrue(browser.text(By.id("feedback-received")).contains("Nummer"), browser.text(By.id("main")));
        String export = personalData(browser.download("/platform/mydata/export"));
        assertTrue(export.contains("\"accessibilityFeedback\"") && export.contains("Kontrast " + run), export);
        assertEquals(403, browser.statusOf(ADMIN_PAGE));

        browser.open("/board/apply.xhtml?call=2");
        browser.expand(By.id("easy-board"));
        assertTrue(browser.text(By.id("easy-board")).contains("Interessen-Konflikt"));
        browser.assertAccessible();
    }

    /** The JSON document of a "my data" export (a ZIP). */
    private static String personalData(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("personal-data.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no personal-data.json in the export");
    }

    private List<String> headings() {
        return browser.driver().findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
    }

    /** Open messages stand above answered ones. */
    private void assertOpenFirst() {
        List<String> states = browser.driver().findElements(By.cssSelector("article.feedback-item h2")).stream()
                .map(h -> h.getText().endsWith("beantwortet") ? "answered" : "open").toList();
        int firstAnswered = states.indexOf("answered");
        assertTrue(firstAnswered < 0 || !states.subList(firstAnswered, states.size()).contains("open"), states.toString());
    }
}
