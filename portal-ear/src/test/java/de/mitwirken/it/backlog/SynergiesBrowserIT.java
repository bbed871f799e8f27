package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Synergies and divergences: the strategy office links two items as conflicting (bad input said next to the
 * field), finds the open goal conflict on its dashboard and in the field matrix, records the council's
 * decision (refused while incomplete, kept as typed), and the public item page shows the decision.
 * Demo data: items 12 (Mängelmelder) and 13 (Wärmeplanung) are published and not linked; the goal
 * conflict between items 19 and 26 (parking permits / sensor guideline) is open.
 */
@ExtendWith(SharedPortal.class)
class SynergiesBrowserIT extends BrowserTest {

    private static final String DASHBOARD = "/backlog/manage/dashboard.xhtml";
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern DIVERGENCE_LINK = Pattern.compile("divergence\\.xhtml\\?id=(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aConflictIsLinkedShownAsOpenDecidedByTheCouncilAndTheDecisionIsPublic() {
        browser.open(DASHBOARD);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(DASHBOARD);
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text(By.id("dash-divergence-list")).contains("Ausnahmeparkausweise"), "the demo's open conflict");
        assertTrue(browser.text(By.id("dash-needs-total")).matches(".*\\d.*"), "needs waiting are counted");
        assertFalse(browser.text(By.id("dash-divergence-list")).contains("Mängelmelder"));

        browser.open("/backlog/manage/item.xhtml?id=12");
        browser.submit(By.id("links:addLink"));
        assertTrue(browser.text(By.id("links:type-error")).contains("Art der Verbindung"));
        assertTrue(browser.text(By.id("links:other-error")).contains("das andere Vorhaben"));
        browser.assertAccessible();
        new Select(browser.find(By.id("links:type"))).selectByValue("CONFLICTS_WITH");
        new Select(browser.find(By.id("links:other"))).selectByValue("13");
        browser.submit(By.id("links:addLink"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Zielkonflikt"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("item-links")).contains("Wärmeplanung"));
        assertTrue(browser.text(By.id("item-links")).contains("offen"));
        new Select(browser.find(By.id("links:type"))).selectByValue("CONFLICTS_WITH");
        new Select(browser.find(By.id("links:other"))).selectByValue("13");
        browser.submit(By.id("links:addLink"));
        assertTrue(browser.text(By.id("links:other-error")).contains("besteht schon"), "a link is made once");

        browser.open(DASHBOARD);
        assertTrue(browser.text(By.id("dash-divergence-list")).contains("Mängelmelder"));

        browser.open("/backlog/manage/links.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text(By.id("open-divergences")).contains("Mängelmelder"));
        browser.click(By.cssSelector("#field-matrix a"));
        assertTrue(browser.find(By.id("behind-links")).findElements(By.tagName("li")).size() > 0,
                "a cell lists the links behind its number");
        browser.assertAccessible();

        browser.open("/backlog/manage/links.xhtml");
        browser.click(By.xpath("//table[@id='open-divergences']//tr[contains(., 'Mängelmelder')]//a"));
        browser.waitForPath("/backlog/manage/divergence.xhtml");
        assertTrue(browser.text(By.id("divergence-state")).contains("offen"));
        new Select(browser.find(By.id("decision:body"))).selectByValue("COUNCIL");
        browser.type(By.id("decision:date"), LocalDate.now().plusDays(3).toString());
        browser.type(By.id("decision:outcome"), "Vertagt");
        browser.submit(By.id("decision:decide"));
        assertTrue(browser.text(By.id("decision:date-error")).contains("Zukunft"));
        assertTrue(browser.text(By.id("decision:outcome-error")).contains("10 bis 5.000"));
        assertTrue(browser.text(By.id("decision:documentRef-error")).contains("V/0328/2023"));
        assertEquals("Vertagt", browser.find(By.id("decision:outcome")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();

        browser.type(By.id("decision:date"), LocalDate.now().minusDays(1).toString());
        browser.type(By.id("decision:outcome"), "Der Mängelmelder bleibt; die Wärmeplanung nutzt dieselbe Kartenbasis.");
        browser.type(By.id("decision:documentRef"), "V/0999/2026");
        browser.submit(By.id("decision:decide"));
        assertTrue(browser.text(By.id("divergence-state")).contains("entschieden"), browser.text(By.cssSelector("main")));
        assertFalse(browser.has(By.id("decision:decide")), "a decision is recorded once");

        browser.open(DASHBOARD);
        assertFalse(browser.text(By.id("dash-divergence-list")).contains("Mängelmelder"));
        browser.open("/backlog/item.xhtml?id=12");
        String links = browser.text(By.id("item-links"));
        assertTrue(links.contains("Wärmeplanung") && links.contains("V/0999/2026") && links.contains("Stadtrat"), links);
        browser.assertAccessible();
    }

    /** Eight decisions of the same goal conflict sent at once: exactly one is recorded, the others are told why not. */
    @Test
    void parallelDecisionsOfOneConflictRecordExactlyOne() throws Exception {
        browser.open("/backlog/manage/item.xhtml?id=7");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/backlog/manage/item.xhtml");
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fitem.xhtml%3Fid%3D7");
        new Select(browser.find(By.id("links:type"))).selectByValue("CONFLICTS_WITH");
        new Select(browser.find(By.id("links:other"))).selectByValue("11");
        browser.submit(By.id("links:addLink"));
        Matcher link = DIVERGENCE_LINK.matcher(browser.find(By.id("item-links")).getAttribute("innerHTML"));
        assertTrue(link.find(), browser.text(By.id("item-links")));
        String page = "/backlog/manage/divergence.xhtml?id=" + link.group(1);
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forms.add(decisionForm(cookie, page, i));
        }
        AtomicInteger next = new AtomicInteger();
        List<Parallel.Outcome<String>> answers = Parallel.run(8, () -> http.send(HttpRequest.newBuilder(
                URI.create(Portal.url(page))).header("Cookie", cookie).header("Accept-Language", "de")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(forms.get(next.getAndIncrement()))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertTrue(answers.stream().allMatch(Parallel.Outcome::succeeded), () -> "answers: " + answers);
        long recorded = answers.stream().filter(a -> a.value().contains("Zielkonflikt ist geschlossen")).count();
        long refused = answers.stream().filter(a -> a.value().contains("bereits entschieden")).count();
        assertEquals(1, recorded, () -> "exactly one decision is recorded: " + answers.stream()
                .map(a -> a.value().replaceAll("(?s).*?(<main.*?</main>).*", "$1").replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ")).toList());
        assertEquals(7, refused, "the others are refused with a reason");

        browser.open(page);
        String outcome = browser.text(By.id("divergence-facts"));
        assertEquals(1, answers.stream().filter(a -> a.value().contains("Zielkonflikt ist geschlossen"))
                .map(a -> a.value().replaceAll("(?s).*(Ergebnis Nr\\. \\d+).*", "$1")).filter(outcome::contains).count(),
                "the page shows the decision that was recorded: " + outcome);
    }

    /** A fresh view of the decision page, filled in as decision number {@code n}, as a form body. */
    private String decisionForm(String cookie, String page, int n) throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create(Portal.url(page))).header("Cookie", cookie)
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder form = new StringBuilder();
        String decisionForm = html.substring(html.indexOf("id=\"decision\""));
        Matcher hidden = HIDDEN.matcher(decisionForm.substring(0, decisionForm.indexOf("</form>")));
        while (hidden.find()) {
            field(form, hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        Matcher nonce = CSP_NONCE.matcher(html); // PrimeFaces' CSP mode checks it on every postback, as a browser sends it
        assertTrue(nonce.find(), "the page carries PrimeFaces' CSP nonce");
        field(form, "primefaces.nonce", nonce.group(1));
        field(form, "decision:body", "COUNCIL");
        field(form, "decision:date", LocalDate.now().minusDays(2).toString());
        field(form, "decision:documentRef", "V/0" + (500 + n) + "/2026");
        field(form, "decision:outcome", "Der Rat entscheidet den Zielkonflikt. Ergebnis Nr. " + n + " des Tests.");
        field(form, "decision:decide", "Entscheidung speichern");
        return form.toString();
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
