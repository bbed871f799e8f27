package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The strategy office finds a need by words of its title and links it to an item, takes up a board recommendation
 * and links a KPI; the public then sees the item with status and progress on the need's page, the KPI's chart and
 * table on the item's page and the item on the KPI page. Unlinking needs a reason and stays in the history. A
 * moderator links a need to an open item from the moderation page; a citizen may not open that page. Bad input (an
 * unknown number, an unlink without reason) is said next to the field and what was typed stays. Every page visited
 * is checked with axe-core. Demo data: item 9 (in progress, 90 %), need 43, KPI 3, recommendation 1, item 23 (open),
 * need 28 — none of them used by other browser tests.
 */
@ExtendWith(SharedPortal.class)
class ItemLinksBrowserIT extends BrowserTest {

    private static final String ITEM = "/backlog/manage/item.xhtml?id=9";

    @Test
    void theOfficeLinksANeedARecommendationAndAKpiAndThePublicSeesThem() {
        signIn("strategy-office", ITEM);
        browser.assertAccessible();

        browser.type(By.id("linkFind:query"), "999999");
        browser.submit(By.id("linkFind:find"));
        assertTrue(browser.text(By.id("linkFind:query-error")).contains("Unter dieser Nummer"), browser.text(By.cssSelector("main")));
        assertEquals("999999", browser.find(By.id("linkFind:query")).getAttribute("value"), "what was typed stays");
        assertEquals("true", browser.find(By.id("linkFind:query")).getAttribute("aria-invalid"));
        browser.assertAccessible();

        browser.type(By.id("linkFind:query"), "Elterngeld Videotermin");
        browser.submit(By.id("linkFind:find"));
        assertTrue(browser.text(By.id("found")).contains("#43 – Elterngeld-Beratung per Videotermin"), browser.text(By.id("found")));
        browser.assertAccessible();
        browser.click(By.cssSelector("input[name='linkFind:choice'][value='43']"));
        browser.submit(By.id("linkFind:link"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Das Anliegen ist jetzt mit dem Vorhaben verknüpft"),
                browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("office-linked-needs")).contains("#43 Elterngeld-Beratung per Videotermin"));
        assertTrue(browser.text(By.id("link-history")).matches("(?s).*Anliegen #43: Elterngeld-Beratung per Videotermin\\s+verknüpft.*strategy-office.*"),
                browser.text(By.id("link-history")));

        browser.click(By.cssSelector("input[name='linkFind:kind'][value='RECOMMENDATION']"));
        browser.type(By.id("linkFind:query"), "1");
        browser.submit(By.id("linkFind:find"));
        assertTrue(browser.find(By.cssSelector("input[name='linkFind:choice'][value='1']")).isSelected(),
                "a number finds one recommendation, chosen already");
        browser.submit(By.id("linkFind:link"));
        assertTrue(browser.text(By.id("office-linked-recommendations")).contains("#1 Freie Termine im Bürgeramt"),
                browser.text(By.cssSelector("main")));

        new Select(browser.find(By.id("unlink:target"))).selectByValue("NEED:43");
        browser.type(By.id("unlink:reason"), "kurz");
        browser.submit(By.id("unlink:unlinkButton"));
        assertTrue(browser.text(By.id("unlink:reason-error")).contains("10 bis 500 Zeichen"), browser.text(By.cssSelector("main")));
        assertEquals("kurz", browser.find(By.id("unlink:reason")).getAttribute("value"), "the reason typed stays");
        assertEquals("NEED:43", new Select(browser.find(By.id("unlink:target"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.text(By.id("office-linked-needs")).contains("#43"), "without a reason the need stays linked");
        browser.assertAccessible();

        browser.submit(By.id("itemKpis:linkKpi"));
        assertTrue(browser.text(By.id("itemKpis:kpi-error")).contains("Kennzahl aus der Liste"), "no KPI chosen");
        new Select(browser.find(By.id("itemKpis:kpi"))).selectByValue("3");
        browser.submit(By.id("itemKpis:linkKpi"));
        assertTrue(browser.text(By.id("office-item-kpis")).contains("Wartezeit auf einen Termin im Bürgeramt"),
                browser.text(By.cssSelector("main")));
        browser.assertAccessible();

        try (Browser visitor = Browser.start()) {
            visitor.open("/needs/need.xhtml?id=43");
            String went = visitor.text(By.id("destinations"));
            assertTrue(went.contains("Vorhaben: Online-Bestellung von Geburts-, Ehe- und Sterbeurkunden") && went.contains("In Umsetzung")
                    && went.contains("90 %"), went);
            assertFalse(visitor.driver().findElements(By.cssSelector("#destinations a[href$='/backlog/item.xhtml?id=9']")).isEmpty());
            visitor.assertAccessible();

            visitor.open("/backlog/item.xhtml?id=9");
            String kpis = visitor.text(By.id("item-kpis"));
            assertTrue(kpis.contains("Durchschnittliche Wartezeit auf einen Termin im Bürgeramt"), kpis);
            assertTrue(visitor.text(By.id("measurements-3")).contains("Tage"), "the table of values next to the chart");
            String canvas = "#chart-3 canvas";
            assertEquals("img", visitor.find(By.cssSelector(canvas)).getAttribute("role"));
            assertTrue(visitor.find(By.cssSelector(canvas)).getAttribute("aria-label").contains("Wartezeit"));
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const c = document.querySelector(arguments[0]);"
                            + "return !!(c && window.Chart && Chart.getChart(c));", canvas)));
            assertTrue(visitor.text(By.id("item-recommendations")).contains("Freie Termine im Bürgeramt"),
                    "the recommendation the office took up");
            visitor.assertAccessible();

            visitor.open("/backlog/kpis.xhtml");
            assertFalse(visitor.driver().findElements(By.cssSelector("#kpi-items-3 a[href$='/backlog/item.xhtml?id=9']")).isEmpty(),
                    "the KPI page names the items behind the KPI");
            assertTrue(visitor.text(By.id("kpi-items-3")).contains("Terminmanagement im Bürgeramt"), "and the demo's items too");
            visitor.assertAccessible();

            visitor.open("/needs/cluster.xhtml?id=1");
            assertTrue(visitor.text(By.id("destinations")).contains("Vorhaben: Terminmanagement im Bürgeramt"),
                    "a cluster's page names the items it feeds");
            visitor.assertAccessible();
        }

        browser.open(ITEM);
        new Select(browser.find(By.id("unlink:target"))).selectByValue("NEED:43");
        browser.type(By.id("unlink:reason"), "Gehört zum Vorhaben Elterngeld digital, nicht hierher.");
        browser.submit(By.id("unlink:unlinkButton"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("nicht mehr mit dem Vorhaben verknüpft"));
        assertFalse(browser.text(By.id("office-linked-needs")).contains("#43"));
        assertTrue(browser.text(By.id("link-history")).contains("Gehört zum Vorhaben Elterngeld digital, nicht hierher."),
                "the reason is kept in the history");
        browser.submit(By.cssSelector("#office-item-kpis input[aria-label^='Lösen: Durchschnittliche Wartezeit']"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Die Kennzahl ist nicht mehr mit dem Vorhaben verknüpft"));
        assertFalse(browser.text(By.id("office-item-kpis")).contains("Wartezeit"), browser.text(By.id("office-item-kpis")));
        try (Browser visitor = Browser.start()) {
            visitor.open("/needs/need.xhtml?id=43");
            assertTrue(visitor.driver().findElements(By.id("destinations")).isEmpty(), "the unlinked item is gone from the need's page");
        }
    }

    @Test
    void aModeratorLinksANeedToAnOpenItemFromTheModerationPage() {
        String page = "/needs/moderation/need.xhtml?id=28";
        signIn("moderator", page);
        assertTrue(browser.text(By.cssSelector("main")).contains("noch mit keinem Vorhaben verknüpft"));
        browser.assertAccessible();

        browser.type(By.id("needToItem:itemQuery"), "#3");
        browser.submit(By.id("needToItem:findItem"));
        assertTrue(browser.text(By.id("needToItem:itemQuery-error")).contains("Unter dieser Nummer"),
                "item 3 is done: not open, so not offered");
        assertEquals("#3", browser.find(By.id("needToItem:itemQuery")).getAttribute("value"));
        browser.assertAccessible();

        browser.type(By.id("needToItem:itemQuery"), "Zustellung Bescheide");
        browser.submit(By.id("needToItem:findItem"));
        assertTrue(browser.text(By.id("found-items")).contains("#23 – Digitale Zustellung von Bescheiden"), browser.text(By.cssSelector("main")));
        browser.click(By.cssSelector("input[name='needToItem:item'][value='23']"));
        browser.submit(By.id("needToItem:linkItem"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Das Anliegen ist jetzt mit dem Vorhaben verknüpft"),
                browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("need-items")).contains("#23 Digitale Zustellung von Bescheiden"));
        browser.assertAccessible();

        try (Browser citizen = Browser.start()) {
            citizen.open("/needs/mine.xhtml");
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/needs/mine.xhtml");
            assertEquals(403, citizen.statusOf(page), "a citizen may not open the moderation page");
        }
    }

    @Test
    void anItemCreatedFromAClusterKeepsTheClusterAndItsNeedsInTheHistory() {
        signIn("strategy-office", "/backlog/manage/index.xhtml");
        browser.type(By.id("item:title"), "Parkausweise und Daten " + UUID.randomUUID().toString().substring(0, 8));
        browser.type(By.id("item:description"), "Aus der Sammlung zu Mobilitätsdaten und Parken.");
        browser.click(By.cssSelector("input[name='item:fields'][value='MOBILITY']"));
        browser.type(By.id("item:ownerDepartment"), "Straßenverkehrsamt");
        new Select(browser.find(By.id("item:horizon"))).selectByValue("LONG_2030");
        new Select(browser.find(By.id("item:cluster"))).selectByValue("3");
        browser.submit(By.id("item:create"));
        browser.waitForPath("/backlog/manage/item.xhtml");
        String history = browser.text(By.id("link-history"));
        assertTrue(history.contains("Sammlung #3: Mobilitätsdaten und Parken"), history);
        assertTrue(history.matches("(?s).*Anliegen #\\d+.*verknüpft \\(mit Sammlung #3\\).*"), history);
        assertTrue(browser.text(By.id("office-linked-clusters")).contains("Mobilitätsdaten und Parken"));
        browser.assertAccessible();
    }

    private void signIn(String username, String page) {
        browser.open(page);
        browser.signInAtKeycloak(username, "demo");
        browser.waitForPath(page.replaceAll("\\?.*", ""));
        browser.open("/language?to=de&next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
        browser.waitForPath(page.replaceAll("\\?.*", ""));
    }
}
