package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "You said – we did" from end to end, through the pages only (issue #21): a moderator puts a need into a cluster,
 * the strategy office edits a new item,
 * links a need it finds by words of its title, adds a milestone, links a KPI and marks the milestone reached. The
 * need's submitter (the demo citizen, who also follows the item directly) finds one mail per event in the mail
 * catcher; the public need page names the item; the item page shows the timeline and the KPI's chart and table;
 * My participation shows the chain need → item → milestone → KPI. Every page visited is checked with axe-core.
 * Demo data: need 2 (submitted by the demo citizen, in cluster 3, where it is back at the end), KPI 1 — neither
 * changed by other browser tests.
 */
@ExtendWith(SharedPortal.class)
class YouSaidWeDidBrowserIT extends BrowserTest {

    private static final String CITIZEN_MAIL = "citizen@mitwirken.example";
    private static final String NEED_TITLE = "Anwohnerparkausweis online verlängern – ohne Papierformular";
    private static final String KPI_NAME = "Online verfügbare Verwaltungsleistungen mit OZG-Reifegrad 3 oder höher";
    private static final String MILESTONE = "Verlängerung online freigeschaltet";
    private static final String CLUSTER = "Mobilitätsdaten und Parken";

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void whatTheOfficeDoesWithANeedReachesItsSubmitterAndThePublic() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long itemId = OfficeItems.publishedItem(browser, "Bewohnerparken digital " + run,
                "Bewohnerparkausweise ohne Formular und Briefpost verlängern.", "MOBILITY", "Straßenverkehrsamt");
        String officePage = "/backlog/manage/item.xhtml?id=" + itemId;
        String title = "Bewohnerparkausweis ohne Papier " + run;

        // a moderator takes the need out of its cluster and puts it back: the submitter hears it is clustered
        try (Browser moderator = Browser.start()) {
            String page = "/needs/moderation/need.xhtml?id=2";
            moderator.open(page);
            moderator.signInAtKeycloak("moderator", "demo");
            moderator.open("/language?to=de&next=%2Fneeds%2Fmoderation%2Fneed.xhtml%3Fid%3D2");
            moderator.waitForPath("/needs/moderation/need.xhtml");
            moderator.submit(By.id("cluster:leave"));
            new Select(moderator.find(By.id("cluster:clusterId"))).selectByVisibleText(CLUSTER);
            moderator.submit(By.id("cluster:join"));
            assertTrue(moderator.text(By.id("cluster")).contains(CLUSTER), moderator.text(By.id("cluster")));
            moderator.assertAccessible();
        }

        // the office edits the item it created
        browser.type(By.id("edit:title"), title);
        browser.type(By.id("edit:description"), "Verlängerung mit wenigen Klicks, der Ausweis digital am Kennzeichen.");
        browser.submit(By.id("edit:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Änderungen sind gespeichert"), main());
        assertEquals(title, browser.heading());
        browser.assertAccessible();

        // the citizen follows the item too: reached through the need and the follow, still one mail per event
        try (Browser citizen = Browser.start()) {
            citizen.open("/signin?next=%2Fbacklog%2Fitem.xhtml%3Fid%3D" + itemId);
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/backlog/item.xhtml");
            citizen.open("/language?to=de&next=%2Fbacklog%2Fitem.xhtml%3Fid%3D" + itemId);
            citizen.waitForPath("/backlog/item.xhtml");
            citizen.submit(By.id("follow-button"));
            assertTrue(citizen.text(By.id("follow-item")).contains("Sie folgen jetzt diesem Vorhaben"), citizen.text(By.id("follow-item")));
            citizen.assertAccessible();
        }

        // a need found by words of its title
        browser.type(By.id("linkFind:query"), "Anwohnerparkausweis Papierformular");
        browser.submit(By.id("linkFind:find"));
        assertTrue(browser.text(By.id("found")).contains("#2 – " + NEED_TITLE), browser.text(By.id("found")));
        browser.assertAccessible();
        browser.click(By.cssSelector("input[name='linkFind:choice'][value='2']"));
        browser.submit(By.id("linkFind:link"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Das Anliegen ist jetzt mit dem Vorhaben verknüpft"), main());

        // a milestone, and a KPI the item contributes to
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        browser.type(By.id("addMilestone:title"), MILESTONE);
        browser.type(By.id("addMilestone:dueDate"), today.plusDays(30).toString());
        browser.submit(By.id("addMilestone:add"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("hinzugefügt"), main());
        new Select(browser.find(By.id("itemKpis:kpi"))).selectByValue("1");
        browser.submit(By.id("itemKpis:linkKpi"));
        assertTrue(browser.text(By.id("office-item-kpis")).contains(KPI_NAME), main());
        browser.assertAccessible();

        // the milestone is reached
        WebElement row = browser.find(By.xpath("//ol[@id='office-milestones']/li[.//bdi[normalize-space()='" + MILESTONE + "']]"));
        browser.submit(By.cssSelector("#" + row.getAttribute("id") + " input[id$=':complete']"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("erreicht"), main());
        browser.assertAccessible();

        // the submitter hears of each step, each once, with a link
        String clustered = "Ihr Anliegen „" + NEED_TITLE + "“ ist jetzt Teil einer Sammlung";
        assertTrue(MailCatcher.text(mail.await(CITIZEN_MAIL, clustered)).contains("/needs/cluster.xhtml?id=3"));
        MimeMessage linked = mail.await(CITIZEN_MAIL, "Ihr Anliegen fließt in das Vorhaben „" + title + "“");
        String linkedText = MailCatcher.text(linked);
        assertTrue(linkedText.contains(NEED_TITLE) && linkedText.contains("/backlog/item.xhtml?id=" + itemId), linkedText);
        String reached = "Vorhaben „" + title + "“: Meilenstein „" + MILESTONE + "“ erreicht";
        mail.await(CITIZEN_MAIL, reached);
        Thread.sleep(3_000); // the outbox polls every second in tests: a second copy would be here by now
        assertEquals(1, mail.countTo(CITIZEN_MAIL, reached), "one mail per person and event, though need and follow both reach her");
        assertEquals(1, mail.countTo(CITIZEN_MAIL, "Ihr Anliegen fließt in das Vorhaben „" + title), "the link, once");
        assertEquals(1, mail.countTo(CITIZEN_MAIL, clustered), "clustered, once");

        try (Browser visitor = Browser.start()) {
            visitor.open("/needs/need.xhtml?id=2");
            String went = visitor.text(By.id("destinations"));
            assertTrue(went.contains("Vorhaben: " + title), went);
            assertFalse(visitor.driver().findElements(By.cssSelector("#destinations a[href$='/backlog/item.xhtml?id=" + itemId + "']")).isEmpty());
            visitor.assertAccessible();

            visitor.open("/backlog/item.xhtml?id=" + itemId);
            String timeline = visitor.text(By.id("timeline"));
            assertTrue(timeline.contains(MILESTONE) && timeline.contains("Erreicht"), timeline);
            assertTrue(visitor.text(By.id("item-kpis")).contains(KPI_NAME), visitor.text(By.id("item-kpis")));
            assertFalse(visitor.text(By.id("measurements-1")).isBlank(), "the values as a table next to the chart");
            String canvas = "#chart-1 canvas";
            assertEquals("img", visitor.find(By.cssSelector(canvas)).getAttribute("role"));
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const c = document.querySelector(arguments[0]);"
                            + "return !!(c && window.Chart && Chart.getChart(c));", canvas)));
            visitor.assertAccessible();
        }

        try (Browser citizen = Browser.start()) {
            citizen.open("/needs/mine.xhtml");
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.open("/language?to=de&next=%2Fneeds%2Fmine.xhtml");
            citizen.waitForPath("/needs/mine.xhtml");
            String chain = citizen.text(By.id("mine-2"));
            assertTrue(chain.contains(CLUSTER), "need → cluster: " + chain);
            assertTrue(chain.contains("Daraus wurde:") && chain.contains(title), "→ item: " + chain);
            assertTrue(chain.contains("Meilenstein " + MILESTONE + ": erreicht"), chain);
            assertTrue(chain.contains("Kennzahl " + KPI_NAME + ": "), chain);
            citizen.assertAccessible();
        }
    }

    private String main() {
        return browser.text(By.cssSelector("main"));
    }
}
