package de.mitwirken.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BadInput;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Portal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The strategy office generates a progress report from the demo data, downloads its PDF and reads the
 * text, releases it; before that the public gets 404 for it, afterwards a visitor finds it on the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingBrowserIT extends BrowserTest {

    private static final String OFFICE = "/reporting/manage/index.xhtml";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

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
        String rowId = browser.find(By.cssSelector("#office-reports tbody tr.report-draft")).getAttribute("id");
        long id = Long.parseLong(rowId.substring("report-row-".length()));
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

        browser.open(OFFICE);
        browser.submit(By.cssSelector("#" + rowId + " .report-release"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Der Bericht ist veröffentlicht."));
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
        browser.assertAccessible();
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

    private int anonymousStatus(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
