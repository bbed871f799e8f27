package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.ConferenceGuests;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Keyboard;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main journeys done with the keyboard only: no clicks, no mouse; Tab, Shift+Tab, Enter, Space, the arrow
 * keys and typing into the focused element (signing in on Keycloak's own page uses the usual helper). On
 * every page of a journey the whole page is walked with Tab from the top (the skip link is the first stop and
 * moves the focus to the main content; the footer's last link is reached and Tab then leaves the page, so
 * nothing traps the focus), every focus stop has a visible indicator ({@link Keyboard}), and axe-core finds
 * no WCAG 2.1 A/AA violation; table header cells have a scope and the global messages are a live region. Forms
 * are first sent empty: every error message is tied to its field
 * (aria-describedby) and the field is marked aria-invalid. Each journey's result is checked.
 * <p>
 * The portal has no modal dialogs (a grep of portal-web/src/main/webapp for p:dialog, p:confirmDialog and
 * p:confirm finds none; confirmations are pages or page sections), so there is no focus to return from one.
 */
@ExtendWith(SharedPortal.class)
class KeyboardJourneysIT extends BrowserTest {

    private static final String PASSWORD = "secret-pass-8";
    /** "Digitale Teilhabe: Wer bleibt zurück?", a panel of the demo programme without a seat limit. */
    private static final String OPEN_PANEL = "13";

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();
    private final HttpClient http = HttpClient.newHttpClient();
    private Keyboard keys;
    private String run;

    @BeforeEach
    void keyboard() {
        keys = new Keyboard(browser);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCitizenSubmitsANeed() throws Exception {
        signInAsNewCitizen("/needs/submit.xhtml");
        page("/needs/submit.xhtml");
        assertEquals("polite", browser.find(By.id("similar-live")).getAttribute("aria-live"),
                "the suggestions filled in while typing are announced");
        assertTrue(browser.has(By.cssSelector("#similar-live > [id='submit:similar']")), "AJAX updates inside the live region");

        keys.tabToId("submit:send");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("submit:description-error")).contains("mindestens 20 Zeichen"), main());
        assertFieldTiedToError("submit:description");
        assertFieldTiedToError("submit:field");
        assertEveryErrorTied();
        browser.assertAccessible();

        String title = "Wohngeld online beantragen " + run;
        keys.walkPageAndSkipToMain();
        keys.tabToId("submit:title");
        keys.type(title);
        keys.tabToId("submit:description");
        keys.type("Der Antrag auf Wohngeld braucht heute einen Termin im Amt; bitte ein Online-Formular mit Upload.");
        browser.waitForAjax(); // the suggestions are rebuilt after typing: wait as a person would
        assertEquals("polite", browser.find(By.id("similar-live")).getAttribute("aria-live"));
        keys.tabToId("submit:field");
        keys.chooseOption("ADMINISTRATION");
        keys.tabToId("submit:send");
        keys.pressForNewPage(Keys.ENTER);

        browser.waitForPath("/needs/need.xhtml");
        assertEquals(title, browser.heading(), "the need exists and its page opens");
        assertTrue(main().contains("Moderation"), main());
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    @Test
    void aCitizenSupportsANeed() throws Exception {
        signInAsNewCitizen("/needs/index.xhtml");
        page("/needs/index.xhtml");
        keys.tabTo("the first need of the list", e -> "a".equals(e.getTagName())
                && !e.findElements(By.xpath("parent::h2[contains(@class, 'need-card__title')]")).isEmpty());
        keys.pressForNewPage(Keys.ENTER);
        browser.waitForPath("/needs/need.xhtml");
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();

        int before = supportCount();
        keys.tabToId("support");
        keys.pressForNewPage(Keys.ENTER);
        browser.waitForPath("/needs/need.xhtml");
        assertEquals(before + 1, supportCount(), "the support is counted");
        assertTrue(browser.has(By.id("withdraw")), "the page offers to withdraw the support now");
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    @Test
    void aGuestRegistersForTheConferenceWithASession() throws Exception {
        String email = "tasten-" + run + "@example.org";
        page("/conference/register.xhtml?id=1");

        keys.tabToId("register:send");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("register:name-error")).contains("Namen"), main());
        assertFieldTiedToError("register:name");
        assertFieldTiedToError("register:email");
        assertFieldTiedToError("register:consent");
        assertEveryErrorTied();
        browser.assertAccessible();

        keys.walkPageAndSkipToMain();
        keys.tabToId("register:name");
        keys.type("Kai Tastatur");
        keys.tabToId("register:email");
        keys.type(email);
        keys.tabToId("register:group");
        keys.chooseOption("CITIZENS");
        keys.tabTo("the session 'Digitale Teilhabe'", e -> "register:sessions".equals(e.getAttribute("name"))
                && OPEN_PANEL.equals(e.getAttribute("value")));
        keys.check();
        keys.tabToId("register:consent");
        keys.check();
        keys.tabToId("register:send");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("registered")).contains("Postfach"), main());
        browser.assertAccessible();

        page(ConferenceGuests.personalLink(mail.await(email, "Bitte bestätigen")));
        keys.tabToId("ticket:confirm");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("ticket-code")).startsWith("MW-"), "the registration is confirmed: " + main());
        assertTrue(browser.text(By.id("choices")).contains("Digitale Teilhabe"), browser.text(By.id("choices")));
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    /**
     * Set up as in ConferenceBrowserIT, on a workshop of this test's own with one seat (so no other test's seats
     * are touched): a guest takes the seat through the public API, a second guest waits, the first drops the
     * workshop on the personal page; the waiting guest accepts the offer with the keyboard.
     */
    @Test
    void aGuestAcceptsAWaitlistOffer() throws Exception {
        String title = "Tastatur-Werkstatt " + run;
        long session = smallWorkshop(title);
        String first = "sitz-" + run + "@example.org";
        String second = "warte-" + run + "@example.org";
        assertEquals(201, ConferenceGuests.register(first, session).statusCode());
        String waiting = ConferenceGuests.register(second, session).body();
        assertTrue(waiting.contains("\"status\":\"WAITLISTED\""), waiting);
        try (Browser firstGuest = Browser.start()) {
            firstGuest.open(ConferenceGuests.personalLink(mail.await(first, "Bitte bestätigen")));
            if (firstGuest.has(By.id("ticket:confirm"))) {
                firstGuest.submit(By.id("ticket:confirm"));
            }
            firstGuest.submit(By.xpath("//tr[@id='choice-" + session + "']//input[@data-action='drop']"));
            assertTrue(firstGuest.text(By.cssSelector("main")).contains("abgewählt"), firstGuest.text(By.cssSelector("main")));
        }

        page(ConferenceGuests.personalLink(mail.await(second, "Ein Platz ist frei")));
        assertTrue(browser.text(By.id("choice-" + session)).contains("Platz angeboten"), main());
        keys.tabTo("the offer's accept button", e -> "accept-session".equals(e.getAttribute("data-action")));
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("choice-" + session)).contains("Platz bestätigt"), "the offer is accepted: " + main());
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    @Test
    void aCitizenAppliesToTheBoard() throws Exception {
        String email = signInAsNewCitizen("/board/apply.xhtml?call=2");
        page("/board/apply.xhtml?call=2");

        keys.tabToId("apply:send");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("apply:motivation-error")).contains("50 bis 3000"), main());
        assertFieldTiedToError("apply:motivation");
        assertGroupTiedToError("apply:constituency");
        assertGroupTiedToError("apply:hasConflicts");
        assertEveryErrorTied();
        browser.assertAccessible();

        keys.walkPageAndSkipToMain();
        keys.tabTo("the first constituency", e -> "apply:constituency".equals(e.getAttribute("name")));
        keys.chooseRadio("CIVIL_SOCIETY");
        // the organisation is optional for civil society and chosen from verified ones (issue #26): left as it is
        keys.tabTo("the expertise 'Mobilität'", e -> "apply:expertise".equals(e.getAttribute("name"))
                && "MOBILITY".equals(e.getAttribute("value")));
        keys.check();
        keys.tabToId("apply:motivation");
        keys.type("Ich organisiere seit Jahren Nachbarschaftstreffen und möchte die Sicht der Menschen ohne Technikwissen"
                + " in den Beirat bringen.");
        keys.tabTo("the first conflicts answer", e -> "apply:hasConflicts".equals(e.getAttribute("name")));
        keys.chooseRadio("false");
        keys.tabToId("apply:send");
        keys.pressForNewPage(Keys.ENTER);

        browser.waitForPath("/board/mine.xhtml");
        assertTrue(main().contains("Eingegangen"), "the application is received: " + main());
        assertTrue(mail.received(email, "eingegangen"), "the applicant is told the application arrived");
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    /** Opens a page of a journey in German, walks it with Tab from the top and checks it with axe. */
    private void page(String path) {
        browser.open("/language?to=de&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertTrue(!main().contains("Fehlernummer"), "no error page: " + main());
        assertTrue(browser.has(By.cssSelector("main .messages[aria-live='polite']")), "global messages are a live region");
        assertEquals(0, browser.driver().findElements(By.cssSelector("main th:not([scope])")).size(),
                "every table header cell says what it heads (scope)");
        keys.walkPageAndSkipToMain();
        browser.assertAccessible();
    }

    private String signInAsNewCitizen(String next) throws Exception {
        String username = "taste-" + run;
        String email = username + "@example.org";
        KeycloakTestUsers.create(username, "Tara", "Taste", email, PASSWORD);
        browser.open("/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        browser.signInAtKeycloak(username, PASSWORD);
        browser.waitForPath(next.replaceFirst("\\?.*", ""));
        return email;
    }

    /** The field (or radio/checkbox group) is aria-invalid and described by its error message, which has text. */
    private void assertFieldTiedToError(String fieldId) {
        String messageId = fieldId + "-error";
        assertTrue(!browser.text(By.id(messageId)).isBlank(), "the message " + messageId + " has text");
        WebElement field = browser.find(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " is aria-invalid: " + outer(field));
        String describedBy = String.valueOf(field.getAttribute("aria-describedby"));
        assertTrue((" " + describedBy + " ").contains(" " + messageId + " "),
                fieldId + " is described by its message: " + outer(field));
    }

    /**
     * Every radio button or checkbox of a group is aria-invalid itself and described by the group's error message
     * (itself or through its fieldset).
     */
    private void assertGroupTiedToError(String name) {
        String messageId = name + "-error";
        assertTrue(!browser.text(By.id(messageId)).isBlank(), "the message " + messageId + " has text");
        Object problems = ((JavascriptExecutor) browser.driver()).executeScript("""
                const name = arguments[0], message = arguments[1]; const inputs = document.getElementsByName(name);
                if (!inputs.length) return 'no inputs named ' + name;
                for (const input of inputs) {
                    let described = false;
                    for (let n = input; n && n !== document.body; n = n.parentElement) {
                        described ||= (n.getAttribute('aria-describedby') || '').split(/\\s+/).includes(message);
                    }
                    const invalid = input.getAttribute('aria-invalid') === 'true';
                    if (!described || !invalid) return input.id + ' described: ' + described + ', invalid: ' + invalid + ' in '
                        + (input.closest('fieldset') || input.parentElement).outerHTML.substring(0, 600);
                }
                return '';""", name, messageId);
        assertEquals("", problems, name + " tied to its message");
    }

    /** Every error message shown next to a field is named by an aria-describedby and belongs to an invalid field. */
    private void assertEveryErrorTied() {
        Object problems = ((JavascriptExecutor) browser.driver()).executeScript("""
                const out = []; let shown = 0;
                document.querySelectorAll('.field-error[id]').forEach(m => {
                    if (!m.textContent.trim()) return;
                    shown++;
                    const refs = [...document.querySelectorAll('[aria-describedby]')]
                        .filter(e => e.getAttribute('aria-describedby').split(/\\s+/).includes(m.id));
                    if (!refs.length) out.push(m.id + ': nothing points at it');
                    else if (!refs.some(e => e.getAttribute('aria-invalid') === 'true' || e.querySelector('[aria-invalid="true"]')))
                        out.push(m.id + ': nothing that points at it is aria-invalid');
                });
                return shown === 0 ? 'no error message shown' : out.join('\\n');""");
        assertEquals("", problems, "error messages tied to their fields");
    }

    private int supportCount() {
        return Integer.parseInt(browser.text(By.id("support-count")).replaceAll("^(\\d+).*$", "$1").trim());
    }

    private String main() {
        return browser.text(By.cssSelector("main"));
    }

    private String outer(WebElement element) {
        String html = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].outerHTML;", element));
        return html.substring(0, Math.min(300, html.length()));
    }

    /** The organiser adds a workshop with one seat on the conference's first day (setup, not the journey). */
    private long smallWorkshop(String title) throws Exception {
        String json = get("/api/conferences/1");
        Matcher day = Pattern.compile("\"startsOn\":\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(json);
        assertTrue(day.find(), json);
        try (Browser office = Browser.start()) {
            office.open("/signin?next=%2Fconference%2Findex.xhtml");
            office.signInAtKeycloak("organizer", "demo");
            office.open("/language?to=de&next=%2Fconference%2Fmanage%2Fprogramme.xhtml%3Fid%3D1");
            office.type(By.id("session:title"), title);
            office.type(By.id("session:summary"), "Eine kleine Werkstatt für den Tastaturtest, mit nur einem Platz.");
            new org.openqa.selenium.support.ui.Select(office.find(By.id("session:kind"))).selectByValue("WORKSHOP");
            new org.openqa.selenium.support.ui.Select(office.find(By.id("session:track"))).selectByIndex(1);
            office.type(By.id("session:room"), "Werkstatt 9");
            office.type(By.id("session:day"), day.group(1));
            office.type(By.id("session:from"), "17:00");
            office.type(By.id("session:to"), "18:00");
            office.type(By.id("session:capacity"), "1");
            office.submit(By.id("session:save"));
            assertTrue(office.text(By.id("session-list")).contains(title), office.text(By.cssSelector("main")));
        }
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(get("/api/conferences/1"));
        while (object.find()) {
            String o = object.group();
            if (o.contains("\"title\":\"" + title + "\"")) {
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(o);
                assertTrue(id.find(), o);
                return Long.parseLong(id.group(1));
            }
        }
        throw new AssertionError("the new workshop is not in the public programme");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

}
