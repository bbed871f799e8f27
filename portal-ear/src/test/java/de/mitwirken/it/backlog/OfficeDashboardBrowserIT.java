package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The strategy office's dashboard (issue #21) shows what waits for it, each with a count and links, or a sentence
 * when nothing does: board recommendations waiting for the administration's answer, overdue milestones, published
 * items without a KPI, and open items without a change for 90 days. The demo data has one of each of the last
 * three (R__30, R__32); no recommendation of the demo waits for the administration, so that list is empty unless
 * another test sent one.
 */
@ExtendWith(SharedPortal.class)
class OfficeDashboardBrowserIT extends BrowserTest {

    private static final String DASHBOARD = "/backlog/manage/dashboard.xhtml";

    @Test
    void theOfficeSeesWhatWaitsForItWithCountsAndLinks() {
        browser.open(DASHBOARD);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(DASHBOARD);
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
        browser.assertAccessible();

        // the E-Akte's "Rollout im Ordnungsamt" was due on 30 June 2026 and is not reached
        String overdue = browser.text(By.id("dash-overdue-list"));
        assertTrue(overdue.contains("Rollout im Ordnungsamt") && overdue.contains("30.06.2026"), overdue);
        assertCounted("dash-overdue");
        assertLinks("dash-overdue-list", "/backlog/manage/item.xhtml?id=1");

        // item 19 (resident parking permits) is prioritised, so public, and has no KPI
        assertTrue(browser.text(By.id("dash-without-kpi-list")).contains("Ausnahmeparkausweise"));
        assertCounted("dash-without-kpi");
        assertLinks("dash-without-kpi-list", "/backlog/manage/item.xhtml?id=19");

        // item 25 (multilingual services) came in in June 2026 and was never changed
        assertTrue(browser.text(By.id("dash-quiet")).contains("90 Tagen"), browser.text(By.id("dash-quiet")));
        assertTrue(browser.text(By.id("dash-quiet-list")).contains("Mehrsprachige"));
        assertCounted("dash-quiet");
        assertLinks("dash-quiet-list", "/backlog/manage/item.xhtml?id=25");
        assertFalse(browser.text(By.id("dash-quiet-list")).contains("Terminmanagement"), "changed in November");

        int waiting = count("dash-recommendations");
        if (waiting == 0) {
            assertTrue(browser.text(By.id("dash-recommendations-none")).contains("wartet auf eine Antwort"));
        } else {
            assertEquals(waiting, browser.find(By.id("dash-recommendation-list"))
                    .findElements(By.cssSelector("a[href*='/board/manage/recommendation.xhtml?id=']")).size());
        }

        browser.click(By.cssSelector("#dash-without-kpi-list a[href$='/backlog/manage/item.xhtml?id=19']"));
        browser.waitForPath("/backlog/manage/item.xhtml");

        browser.open("/language?to=en&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
        assertTrue(browser.text(By.id("dash-overdue")).contains("Overdue milestones"));
        assertTrue(browser.text(By.id("dash-quiet")).contains("90 days"));
        browser.assertAccessible();
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
    }

    @Test
    void nobodyButTheOfficeSeesIt() {
        try (Browser citizen = Browser.start()) {
            citizen.open("/needs/mine.xhtml");
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/needs/mine.xhtml");
            assertEquals(403, citizen.statusOf(DASHBOARD));
        }
    }

    /** The count above the table is the number of its rows. */
    private void assertCounted(String section) {
        List<WebElement> rows = browser.find(By.id(section + "-list")).findElements(By.cssSelector("tbody tr"));
        assertEquals(rows.size(), count(section), browser.text(By.id(section + "-count")));
    }

    private int count(String section) {
        return Integer.parseInt(browser.text(By.id(section + "-count")).replaceAll("\\D", ""));
    }

    private void assertLinks(String list, String href) {
        assertFalse(browser.find(By.id(list)).findElements(By.cssSelector("a[href$='" + href + "']")).isEmpty(),
                list + " links " + href);
    }
}
