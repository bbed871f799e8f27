package de.mitwirken.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BadInput;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import de.mitwirken.it.support.Portal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The strategy office generates a draft from the demo data, downloads its PDF and reads the text, writes the
 * commentary per strategy field (release refused while the German one is missing) and releases it; before that
 * the public gets 404 for it, afterwards a visitor finds it with its commentary, KPI charts with tables and
 * milestones, in German and English. A due schedule brings a draft and a mail to the office.
 */
@ExtendWith(SharedPortal.class)
class ReportingBrowserIT extends BrowserTest {

    private static final String OFFICE = "/reporting/manage/index.xhtml";
    private static final String DRAFT = "/reporting/manage/draft.xhtml";
    private static final String OFFICE_MAIL = "strategiebuero@mitwirken.test";

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theOfficeGeneratesReadsAndReleasesAReportThatVisitorsThenFind() throws Exception {
        browser.open("/reporting/index.xhtml");
        browser.assertHeading("Umsetzungsberichte an den Rat");
        assertTrue(browser.has(By.cssSelector("#reports tbody tr")), "the released demo report");
        browser.assertAccessible();
        browser.open("/backlog/index.xhtml");
        browser.click(By.id("roadmap-reports"));
        browser.waitForPath("/reporting/index.xhtml");

        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.open("/language?to=de&next=%2Freporting%2Fmanage%2Findex.xhtml");
        browser.waitForPath(OFFICE);
        browser.assertHeading("Umsetzungsberichte erstellen");
        browser.assertAccessible();

        // a period the wrong way round: the message stands next to the field and the input stays
        browser.type(By.id("generate:from"), "2026-11-15");
        browser.type(By.id("generate:to"), "2026-09-01");
        browser.submit(By.id("generate:create"));
        assertEquals("Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.", browser.text(By.id("generate:to-error")));
        assertEquals("2026-11-15", browser.find(By.id("generate:from")).getAttribute("value"));
        browser.assertAccessible();

        browser.type(By.id("generate:from"), "2026-09-01");
        browser.type(By.id("generate:to"), "2026-11-15");
        browser.submit(By.id("generate:create"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("als Version 2 erstellt"),
                "the demo report is version 1 of the same period");
        long id = newestDraft();
        String rowId = "report-row-" + id;
        browser.assertAccessible();

        assertEquals(404, anonymousStatus("/reporting/report.pdf?id=" + id), "unreleased: not for the public");
        assertEquals(404, anonymousStatus("/reporting/report.xhtml?id=" + id));

        byte[] pdf = browser.download("/reporting/report.pdf?id=" + id);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Umsetzungsbericht Digitalisierungsstrategie 01.09.2026 bis 15.11.2026"), text);
            assertTrue(text.contains("Verwaltung"), "a strategy field");
            assertTrue(text.contains("Elektronische Akte"), "an item that changed status in the period");
            assertTrue(text.contains("Durchschnittliche Wartezeit auf einen Termin im Bürgeramt"), "a KPI");
            assertTrue(text.contains("V/0412/2026"), "the council's decision on a divergence");
            assertTrue(text.contains("Freie Termine im Bürgeramt tagesaktuell online freigeben"), "a board recommendation");
            assertEquals("de", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        }

        browser.open("/reporting/report.xhtml?id=" + id);
        assertTrue(browser.heading().startsWith("Umsetzungsbericht Digitalisierungsstrategie"));
        assertTrue(browser.has(By.id("report-unreleased")));
        assertTrue(browser.text(By.cssSelector("article.progress-report")).contains("Elektronische Akte"));
        browser.assertAccessible();

        // the office writes the commentary: release is refused while the German one is missing, next to the field
        browser.open(OFFICE);
        browser.click(By.cssSelector("#" + rowId + " .report-edit"));
        browser.waitForPath(DRAFT);
        browser.assertHeading("Bericht kommentieren und veröffentlichen");
        browser.assertAccessible();
        browser.type(By.id("draft:de_OVERALL"), "Die Einordnung des Strategiebüros für den Rat.");
        browser.type(By.id("draft:en_OVERALL"), "The strategy office's view for the council.");
        browser.submit(By.id("draft:release"));
        assertEquals("Bitte schreiben Sie den deutschen Kommentar; ohne ihn kann der Bericht nicht veröffentlicht werden.",
                browser.text(By.id("draft:de_MOBILITY-error")));
        assertEquals("Die Einordnung des Strategiebüros für den Rat.", browser.find(By.id("draft:de_OVERALL")).getAttribute("value"),
                "what was typed is kept (and saved)");
        assertEquals("true", browser.find(By.id("draft:de_MOBILITY")).getAttribute("aria-invalid"));
        browser.assertAccessible();
        for (String field : new String[] {"ADMINISTRATION", "IT_COMMUNICATION", "ENERGY_ENVIRONMENT", "MOBILITY", "SOCIETY"}) {
            browser.type(By.id("draft:de_" + field), "Kommentar zum Handlungsfeld " + field + ".");
        }
        browser.submit(By.id("draft:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Der Kommentar ist gespeichert."));
        browser.open("/reporting/report.xhtml?id=" + id + "&lang=de");
        assertTrue(browser.text(By.id("report-commentary")).contains("Die Einordnung des Strategiebüros für den Rat."),
                "the draft's preview shows the commentary");
        browser.open(DRAFT + "?id=" + id);
        browser.submit(By.id("draft:release"));
        browser.waitForPath("/reporting/report.xhtml");
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Der Bericht ist veröffentlicht."));
        browser.open(OFFICE);
        assertTrue(browser.find(By.id(rowId)).getAttribute("class").contains("report-released"));
        browser.assertAccessible();
        browser.signOut();

        browser.open("/reporting/index.xhtml");
        assertTrue(browser.has(By.id(rowId)), "the visitor sees the released report");
        browser.assertAccessible();
        assertEquals(200, anonymousStatus("/reporting/report.pdf?id=" + id));
        for (String page : new String[] {"/reporting/index.xhtml", "/reporting/report.xhtml?id=" + id}) {
            HttpResponse<Void> visit = http.send(HttpRequest.newBuilder(URI.create(Portal.url(page))).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, visit.statusCode(), page);
            assertTrue(visit.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " opens no session for visitors");
        }
        browser.open("/reporting/report.xhtml?id=" + id);
        assertTrue(browser.heading().startsWith("Umsetzungsbericht Digitalisierungsstrategie"));
        assertTrue(browser.text(By.id("report-commentary")).contains("Die Einordnung des Strategiebüros für den Rat."));
        assertTrue(browser.text(By.id("commentary-mobility")).contains("Kommentar zum Handlungsfeld MOBILITY."));
        assertTrue(browser.find(By.cssSelector("#report-kpis figure.report-chart img")).getAttribute("alt")
                .startsWith("Liniendiagramm der Kennzahl"), "a KPI chart with its text alternative");
        assertTrue(browser.has(By.xpath("//caption[starts-with(., 'Messwerte – ')]")), "and its values as a table");
        assertTrue(browser.text(By.id("report-milestones")).contains("Online-Formular mit Bezahlung für Urkundenbestellungen"),
                "a milestone reached in the period");
        browser.assertAccessible();

        // the English version, offered by a link; commentary written only in German comes with a note
        browser.click(By.id("report-other-language"));
        browser.waitForPath("/reporting/report.xhtml");
        assertTrue(browser.heading().startsWith("Digitalisation strategy progress report"), browser.heading());
        assertTrue(browser.text(By.id("report-commentary")).contains("The strategy office's view for the council."));
        assertTrue(browser.text(By.id("commentary-mobility")).contains("This commentary exists in German only."));
        assertEquals("de", browser.find(By.cssSelector("#commentary-mobility div[lang]")).getAttribute("lang"));
        browser.assertAccessible();
        byte[] english = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/reporting/report.pdf?id=" + id + "&lang=en")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("The strategy office's view for the council."), text);
        }
        // a visitor reading English gets the English version by default
        browser.open("/language?to=en&next=%2Freporting%2Findex.xhtml");
        browser.open("/reporting/report.xhtml?id=" + id);
        assertTrue(browser.heading().startsWith("Digitalisation strategy progress report"));
        browser.open("/language?to=de&next=%2Freporting%2Findex.xhtml");
    }

    /** The office sets the schedule; when it is due the portal generates the draft and mails the office. */
    @Test
    void aDueScheduleBringsADraftAndAMailThatLeadsToIt() throws Exception {
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.open("/language?to=de&next=%2Freporting%2Fmanage%2Findex.xhtml");
        browser.waitForPath(OFFICE);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        if (!browser.find(By.id("schedule:active")).isSelected()) {
            browser.click(By.id("schedule:active"));
        }
        browser.type(By.id("schedule:interval"), "6a");
        browser.type(By.id("schedule:period"), "3");
        browser.type(By.id("schedule:next"), today.minusDays(1).toString());
        browser.submit(By.id("schedule:save"));
        assertEquals("Bitte geben Sie eine ganze Zahl von 1 bis 60 an.", browser.text(By.id("schedule:interval-error")));
        assertEquals("6a", browser.find(By.id("schedule:interval")).getAttribute("value"), "what was typed is kept");
        browser.assertAccessible();
        browser.type(By.id("schedule:interval"), "6");
        browser.submit(By.id("schedule:save"));
        assertEquals("Der nächste Berichtstag darf nicht in der Vergangenheit liegen.", browser.text(By.id("schedule:next-error")));
        browser.type(By.id("schedule:next"), today.toString());
        browser.submit(By.id("schedule:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Der Berichtsplan ist gespeichert."));

        MimeMessage message = mail.await(OFFICE_MAIL, "Berichtsentwurf zur Prüfung");
        String body = MailCatcher.text(message);
        Matcher link = Pattern.compile("/reporting/manage/draft\\.xhtml\\?id=(\\d+)").matcher(body);
        assertTrue(link.find(), body);
        assertTrue(body.contains(today.minusMonths(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))), "the period in the mail");
        browser.open(DRAFT + "?id=" + link.group(1));
        browser.assertHeading("Bericht kommentieren und veröffentlichen");
        assertTrue(browser.has(By.id("draft:de_OVERALL")), "a draft waiting for its commentary");
        browser.open(OFFICE);
        assertTrue(browser.text(By.id("schedule-last")).contains(today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertEquals(today.plusMonths(6).toString(), browser.find(By.id("schedule:next")).getAttribute("value"),
                "the next report day moved on by the interval");
        browser.click(By.id("schedule:active"));
        browser.submit(By.id("schedule:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("pausiert"));
        browser.assertAccessible();
    }

    /** The bad-input corpus in the commentary: kept in the form, stored as text, never run on the preview. */
    @Test
    void theCommentaryFormKeepsBadInputAndRunsNoScript() {
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.open("/language?to=de&next=%2Freporting%2Fmanage%2Findex.xhtml");
        browser.type(By.id("generate:from"), "2022-01-01");
        browser.type(By.id("generate:to"), "2022-03-31");
        browser.submit(By.id("generate:create"));
        long id = newestDraft();
        String rowId = "report-row-" + id;
        List<String> failures = new ArrayList<>();
        JavascriptExecutor js = browser.driver();
        for (String payload : BadInput.PAYLOADS) {
            String typed = payload.length() > 400 ? payload.substring(0, 400) : payload;
            browser.open(DRAFT + "?id=" + id);
            js.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[1];",
                    browser.find(By.id("draft:de_OVERALL")), typed, browser.find(By.id("draft:en_SOCIETY")));
            browser.submit(By.id("draft:save"));
            if (!browser.heading().equals("Bericht kommentieren und veröffentlichen")) {
                failures.add("[" + payload + "]: " + browser.heading());
            } else if (js.executeScript("return window." + BadInput.XSS_FLAG + ";") != null) {
                failures.add("[" + payload + "]: a script ran");
            } else if (!typed.isBlank() && browser.find(By.id("draft:de_OVERALL")).getAttribute("value").isBlank()) {
                // the browser normalises line breaks and unpaired surrogates, so the text is kept, not byte for byte
                failures.add("[" + payload + "]: the text was not kept");
            }
            browser.open("/reporting/report.xhtml?id=" + id + "&lang=en");
            if (js.executeScript("return window." + BadInput.XSS_FLAG + ";") != null) {
                failures.add("[" + payload + "]: a script ran on the preview");
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The bad-input corpus in the office's form (BadInputIT covers every page's parameters over HTTP). */
    @Test
    void theGenerateFormKeepsBadInputAndRunsNoScript() {
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        List<String> failures = new ArrayList<>();
        JavascriptExecutor js = browser.driver();
        for (String payload : BadInput.PAYLOADS) {
            String typed = payload.length() > 400 ? payload.substring(0, 400) : payload;
            browser.open(OFFICE);
            js.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[1];",
                    browser.find(By.id("generate:from")), typed, browser.find(By.id("generate:to")));
            browser.submit(By.id("generate:create"));
            String heading = browser.heading();
            if (!heading.equals("Umsetzungsberichte erstellen") && !heading.equals("Generate progress reports")) {
                failures.add("[" + payload + "]: " + heading);
            } else if (js.executeScript("return window." + BadInput.XSS_FLAG + ";") != null) {
                failures.add("[" + payload + "]: a script ran");
            } else if (!browser.has(By.cssSelector(".field-error"))) {
                failures.add("[" + payload + "]: no message next to a field");
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The draft just generated: the highest id among the drafts (a scheduled draft may come first in the list). */
    private long newestDraft() {
        return browser.driver().findElements(By.cssSelector("#office-reports tbody tr.report-draft")).stream()
                .mapToLong(row -> Long.parseLong(row.getAttribute("id").substring("report-row-".length()))).max().orElseThrow();
    }

    private int anonymousStatus(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
