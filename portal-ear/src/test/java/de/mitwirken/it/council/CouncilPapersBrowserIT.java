package de.mitwirken.it.council;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.council.control.OparlFixtureServer;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The council's OParl server (a fixture in this JVM at localhost:28090, which the test domain crawls every 3 s:
 * scripts/test.sh) → the crawl keeps its paper → the strategy office finds it by its reference and links it to the
 * decision of a goal conflict (demo divergence 1, decided by the council) → the decision page shows the paper
 * with its consultation's result → the council deletes the paper → after the next crawl the page still shows it,
 * with the note that the council deleted it. The admin's status page shows the crawl's figures.
 */
@ExtendWith(SharedPortal.class)
class CouncilPapersBrowserIT extends BrowserTest {

    private static final String DIVERGENCE = "/backlog/manage/divergence.xhtml?id=1";
    private static final Duration CRAWL = Duration.ofSeconds(90);

    private static OparlFixtureServer council;
    private static String paper;

    @BeforeAll
    static void councilServer() throws Exception {
        council = new OparlFixtureServer(28090);
        Instant before = Instant.now().minus(Duration.ofDays(2));
        String committee = council.put("organizations", "7", "Organization",
                "\"name\":\"Ausschuss für Digitalisierung\",\"futureField\":true", before);
        String meeting = council.put("meetings", "21", "Meeting", "\"name\":\"12. Sitzung\","
                + "\"start\":\"2026-11-12T17:00:00+01:00\",\"agendaItem\":[{\"id\":\"" + council.url("/agenda-item/5")
                + "\",\"type\":\"https://schema.oparl.org/1.1/AgendaItem\",\"order\":5,\"number\":\"Ö 5\","
                + "\"result\":\"einstimmig beschlossen\"}]", before);
        paper = council.put("papers", "777", "Paper", "\"name\":\"Parkraum und Sensorik: Abwägung\","
                + "\"reference\":\"V/0777/2026\",\"date\":\"2026-10-20\",\"paperType\":\"Beschlussvorlage\","
                + "\"web\":\"https://rat.example/vo/777\",\"consultation\":[{\"id\":\"" + council.url("/consultation/9")
                + "\",\"type\":\"https://schema.oparl.org/1.1/Consultation\",\"meeting\":\"" + meeting
                + "\",\"agendaItem\":\"" + council.url("/agenda-item/5") + "\",\"organization\":[\"" + committee
                + "\"],\"authoritative\":true}]", before);
        council.put("papers", "778", "Paper", "\"name\":\"Radverkehr\",\"reference\":\"V/0778/2026\"", before);
        council.put("papers", "779", "SomethingNew", "\"name\":\"unbekannter Typ\"", before);
    }

    @AfterAll
    static void stopCouncil() {
        if (council != null) {
            council.close();
        }
    }

    @Test
    void theOfficeLinksACrawledPaperToADecisionWhichStaysShownAfterTheCouncilDeletesIt() {
        browser.open(DIVERGENCE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/backlog/manage/divergence.xhtml");
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdivergence.xhtml%3Fid%3D1");

        browser.submit(By.id("councilPaper:search"));
        assertTrue(browser.text(By.id("councilPaper:query-error")).contains("mindestens 2 Zeichen"), "said at the field");
        long end = System.nanoTime() + CRAWL.toNanos();
        do {
            browser.find(By.id("councilPaper:query")).clear();
            browser.type(By.id("councilPaper:query"), "V/0777");
            browser.submit(By.id("councilPaper:search"));
        } while (!browser.text(By.tagName("main")).contains("V/0777/2026 – Parkraum") && System.nanoTime() < end
                && pause());
        assertTrue(browser.text(By.tagName("main")).contains("V/0777/2026 – Parkraum"), "the crawled paper is found");
        assertTrue(browser.find(By.id("councilPaper:query")).getAttribute("value").equals("V/0777"), "kept as typed");
        browser.assertAccessible();

        browser.submit(By.cssSelector("ul.council-results input[type=submit]"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("verknüpft"));
        assertTrue(browser.text(By.id("divergence-paper-reference")).contains("V/0777/2026"));
        assertTrue(browser.text(By.id("divergence-paper-consultations"))
                .contains("Beraten im Ausschuss für Digitalisierung am 12.11.2026, Ergebnis: einstimmig beschlossen"),
                browser.text(By.id("divergence-paper")));
        assertTrue(browser.find(By.id("divergence-paper-web")).getAttribute("href").equals("https://rat.example/vo/777"));
        assertFalse(browser.has(By.id("divergence-paper-deleted")));

        council.delete(paper, Instant.now());
        browser.reloadUntil(DIVERGENCE, b -> b.has(By.id("divergence-paper-deleted")), CRAWL);
        assertTrue(browser.text(By.id("divergence-paper-reference")).contains("V/0777/2026"), "still shown");
        assertTrue(browser.text(By.id("divergence-paper-deleted")).contains("gelöscht"));
        browser.assertAccessible();

        // the office unlinks it: the decision is as before (the demo data later tests read, e.g. the report's table)
        unlink(DIVERGENCE, "divergence-paper");
    }

    @Test
    void theOfficeLinksAPaperAsTheCouncilsResponseToARecommendationAndAsTheReportsPaper() {
        browser.open("/board/manage/recommendation.xhtml?id=1");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/board/manage/recommendation.xhtml");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Frecommendation.xhtml%3Fid%3D1");
        linkFound("V/0778", "V/0778/2026 – Radverkehr");
        browser.open("/board/recommendation.xhtml?id=1");
        assertTrue(browser.text(By.id("council-response-heading")).contains("Rat"), browser.text(By.tagName("main")));
        assertTrue(browser.text(By.id("response-paper-reference")).contains("V/0778/2026"));
        assertTrue(browser.text(By.id("response-paper-name")).contains("Radverkehr"));
        browser.assertAccessible();

        browser.open("/reporting/manage/council.xhtml?id=1");
        linkFound("Radverkehr", "V/0778/2026 – Radverkehr");
        browser.open("/reporting/report.xhtml?id=1");
        assertTrue(browser.text(By.id("report-paper-reference")).contains("V/0778/2026"),
                browser.text(By.tagName("main")));
        browser.assertAccessible();

        // unlinked again, so the demo recommendation and report stay as other tests expect them
        unlink("/board/manage/recommendation.xhtml?id=1", "response-paper");
        unlink("/reporting/manage/council.xhtml?id=1", "report-paper");
        browser.open("/reporting/report.xhtml?id=1");
        assertFalse(browser.has(By.id("report-paper")), "the report no longer names the paper");
    }

    /** Removes the link on an office page; the linked paper's block (idPrefix-paper) is gone afterwards. */
    private void unlink(String page, String block) {
        browser.open(page);
        assertTrue(browser.has(By.id(block)), "linked before: " + page);
        browser.submit(By.id("councilPaper:unlink"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gelöst"), browser.text(By.tagName("main")));
        assertFalse(browser.has(By.id(block)), "unlinked: " + page);
        browser.assertAccessible();
    }

    /** Searches the crawled papers on the page open now (until the crawl has brought it) and links the first found. */
    private void linkFound(String query, String shown) {
        long end = System.nanoTime() + CRAWL.toNanos();
        do {
            browser.find(By.id("councilPaper:query")).clear();
            browser.type(By.id("councilPaper:query"), query);
            browser.submit(By.id("councilPaper:search"));
        } while (!browser.text(By.tagName("main")).contains(shown) && System.nanoTime() < end && pause());
        assertTrue(browser.text(By.tagName("main")).contains(shown), "the crawled paper is found");
        browser.assertAccessible();
        browser.submit(By.cssSelector("ul.council-results input[type=submit]"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("verknüpft"), browser.text(By.tagName("main")));
    }

    @Test
    void theAdminSeesTheCrawlsFiguresAndCanAskForACrawlNow() {
        browser.open("/platform/admin/index.xhtml");
        browser.signInAtKeycloak("admin", "demo");
        browser.waitForPath("/platform/admin/index.xhtml");
        browser.open("/language?to=de&next=%2Fplatform%2Fadmin%2Findex.xhtml");
        browser.reloadUntil("/platform/admin/index.xhtml",
                b -> !b.text(By.id("council-status-success")).contains("noch nie"), CRAWL);
        assertTrue(browser.text(By.id("council-status")).contains("http://localhost:28090/oparl"));
        assertTrue(Integer.parseInt(browser.text(By.id("council-status-papers"))) >= 1, "papers kept");
        browser.submit(By.id("form:crawlNow"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("angefordert"));
        browser.assertAccessible();
    }

    private static boolean pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
