package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Keyboard;
import de.mitwirken.it.support.SharedPortal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The strategy office plans an item on its page: edits its title, dates and budget (bad input said next to the
 * field, what was typed kept), adds milestones, moves one with a reason (a reason too short is refused; both with the
 * keyboard only), describes and marks another reached and lets the progress follow the milestones. A visitor then reads the
 * new title, when it last changed, the timeline with planned, reached and overdue milestones and the reason of the
 * move, and the change history. Every page visited is checked with axe-core.
 */
@ExtendWith(SharedPortal.class)
class ItemPlanningBrowserIT extends BrowserTest {

    private static final String REASON = "Der Jugendhilfeausschuss berät die Vergabekriterien erst im April.";

    @Test
    void theOfficePlansAnItemAndThePublicFollowsItsTimelineAndHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long itemId = OfficeItems.publishedItem(browser, "Kita-Platzvergabe digital " + run,
                "Eltern merken ihr Kind online vor und sehen den Stand der Vormerkung.", "SOCIETY", "Jugendamt");
        String page = "/backlog/manage/item.xhtml?id=" + itemId;
        browser.assertAccessible();

        // bad input: the end before the start, a negative budget; said next to the fields, the input stays
        browser.type(By.id("edit:startDate"), "2027-06-30");
        browser.type(By.id("edit:endDate"), "2027-01-31");
        browser.type(By.id("edit:budgetPlanned"), "-500");
        browser.type(By.id("edit:budgetSpent"), "120.000");
        browser.submit(By.id("edit:save"));
        assertTrue(browser.text(By.id("edit:endDate-error")).contains("Ende liegt vor dem Beginn"), main());
        assertTrue(browser.text(By.id("edit:budgetPlanned-error")).contains("ab 0"), main());
        assertTrue(browser.text(By.id("edit:budgetSpent-error")).contains("Tausenderpunkte"), "120.000 is not read as 120 €");
        assertEquals("-500", browser.find(By.id("edit:budgetPlanned")).getAttribute("value"), "what was typed stays");
        assertEquals("2027-01-31", browser.find(By.id("edit:endDate")).getAttribute("value"));
        assertEquals("true", browser.find(By.id("edit:budgetPlanned")).getAttribute("aria-invalid"));
        browser.assertAccessible();

        String title = "Kita-Portal: Vormerkung und Platzvergabe " + run;
        browser.type(By.id("edit:title"), title);
        browser.type(By.id("edit:endDate"), "2028-07-31");
        browser.type(By.id("edit:budgetPlanned"), "250000,50");
        browser.type(By.id("edit:budgetSpent"), "1200");
        browser.type(By.id("edit:contactName"), "Jugendamt, Team Kita-Portal");
        browser.type(By.id("edit:contactEmail"), "kita-portal@musterstadt.example");
        browser.submit(By.id("edit:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Änderungen sind gespeichert"), main());
        assertEquals(title, browser.heading());
        assertEquals("250000.50", browser.find(By.id("edit:budgetPlanned")).getAttribute("value"));

        addMilestone("Vergabekriterien beschlossen", "2027-02-28");
        addMilestone("Pilot in zwei Stadtteilen", "2027-01-15");
        addMilestone("Freie Träger angebunden", today.minusDays(5).toString()); // due before today: overdue

        // the keyboard only: a fourth milestone, then the first one's date moved with a reason
        browser.open(page);
        Keyboard keys = new Keyboard(browser);
        keys.walkPageAndSkipToMain();
        keys.tabToId("addMilestone:title");
        keys.type("Start der Vormerkung");
        keys.tabToId("addMilestone:dueDate");
        keys.type("2027-08-01");
        keys.tabToId("addMilestone:add");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.cssSelector(".messages")).contains("hinzugefügt"), main());
        long criteria = milestoneId("Vergabekriterien beschlossen");
        browser.open(page);
        keys.tabToId("change-" + criteria);
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("milestone-change-heading")).contains("Vergabekriterien beschlossen"), main());
        keys.tabToId("moveMilestone:newDate");
        keys.type("2027-04-30");
        keys.tab();
        assertEquals("moveMilestone:reason", keys.focused().getAttribute("id"), "the reason follows the date");
        keys.type("zu kurz");
        keys.tabToId("moveMilestone:save");
        keys.pressForNewPage(Keys.ENTER);
        assertTrue(browser.text(By.id("moveMilestone:reason-error")).contains("10 bis 500"), main());
        assertEquals("zu kurz", browser.find(By.id("moveMilestone:reason")).getAttribute("value"), "what was typed stays");
        assertEquals("2027-04-30", browser.find(By.id("moveMilestone:newDate")).getAttribute("value"));
        assertEquals("true", browser.find(By.id("moveMilestone:reason")).getAttribute("aria-invalid"));
        browser.assertAccessible();
        browser.type(By.id("moveMilestone:reason"), REASON);
        browser.submit(By.id("moveMilestone:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Termin ist verschoben"), main());
        assertFalse(browser.has(By.id("moveMilestone:save")), "after the change the forms are closed");

        long pilot = milestoneId("Pilot in zwei Stadtteilen");
        browser.submit(By.id("change-" + pilot));
        browser.type(By.id("editMilestone:description"), "In den Kitas der Stadtteile Nord und Süd.");
        browser.submit(By.id("editMilestone:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Meilenstein ist gespeichert"), main());
        browser.submit(By.cssSelector("#milestone-" + pilot + " input[id$=':complete']"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("erreicht"), main());

        browser.click(By.cssSelector("input[name='progressMode:mode'][value='MILESTONES']"));
        browser.submit(By.id("progressMode:save"));
        assertTrue(browser.text(By.id("progress-mode-now")).contains("25 %"), "1 of 4 reached: " + main());
        assertFalse(browser.has(By.id("progressForm:progress")), "no manual progress while it follows the milestones");
        assertTrue(browser.has(By.id("progress-follows")));
        browser.assertAccessible();

        try (Browser visitor = Browser.start()) {
            visitor.open("/backlog/item.xhtml?id=" + itemId);
            assertEquals(title, visitor.heading(), "the new title");
            assertTrue(visitor.text(By.id("item-last-changed"))
                    .contains(today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))), visitor.text(By.id("item-last-changed")));
            assertTrue(visitor.text(By.id("item-budget-planned")).contains("250.000,50"), visitor.text(By.id("item-plan-facts")));
            assertTrue(visitor.text(By.id("item-contact")).contains("Jugendamt, Team Kita-Portal"));
            assertTrue(visitor.text(By.id("item-progress-source")).contains("1 von 4"));
            String timeline = visitor.text(By.id("timeline"));
            assertTrue(timeline.contains("Erreicht") && timeline.contains("Überfällig") && timeline.contains("Geplant"), timeline);
            assertTrue(timeline.contains(REASON) && timeline.contains("30.04.2027") && timeline.contains("28.02.2027"),
                    "the move with its reason, from and to: " + timeline);
            assertTrue(timeline.contains("In den Kitas der Stadtteile Nord und Süd."), "the milestone's description");
            assertEquals("Vergabekriterien beschlossen", visitor.text(By.cssSelector("#timeline > li:first-child h3")),
                    "the office's order");
            String history = visitor.text(By.id("history"));
            assertTrue(history.contains("Titel") && history.contains(title), history);
            assertTrue(history.contains("Meilenstein verschoben") && history.contains(REASON), history);
            assertTrue(history.contains("Meilenstein erreicht") && history.contains("Budget geplant"), history);
            assertTrue(history.contains("Status") && history.contains("Priorisiert"), history);
            String main = visitor.text(By.cssSelector("main"));
            assertFalse(main.contains("Stratmann") || main.contains("strategy-office"), "no member of staff is named publicly");
            visitor.assertAccessible();
        }
    }

    private void addMilestone(String title, String due) {
        browser.type(By.id("addMilestone:title"), title);
        browser.type(By.id("addMilestone:dueDate"), due);
        browser.submit(By.id("addMilestone:add"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("hinzugefügt"), main());
    }

    /** The id of the office's milestone with this title (its list item is "milestone-ID"). */
    private long milestoneId(String title) {
        WebElement item = browser.find(By.xpath("//ol[@id='office-milestones']/li[.//bdi[normalize-space()='" + title + "']]"));
        return Long.parseLong(item.getAttribute("id").substring("milestone-".length()));
    }

    private String main() {
        return browser.text(By.cssSelector("main"));
    }
}
