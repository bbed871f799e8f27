package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Deployments;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SynergiesBrowserIT extends BrowserTest {

    private static final String DASHBOARD = "/backlog/manage/dashboard.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aConflictIsLinkedShownAsOpenDecidedByTheCouncilAndTheDecisionIsPublic() {
        browser.open(DASHBOARD);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(DASHBOARD);
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text(By.id("dash-divergence-list")).contains("Parkausweise"), "the demo's open conflict");
        assertTrue(browser.text(By.id("dash-needs-total")).matches(".*\\d.*"), "needs waiting are counted");
        assertFalse(browser.text(By.id("dash-divergence-list")).contains("Mängelmelder"));

        browser.open("/backlog/manage/item.xhtml?id=12");
        browser.submit(By.id("links:addLink"));
        assertTrue(browser.text(By.id("links:type-error")).contains("Art der Verbindung"));
        assertTrue(browser.text(By.id("links:other-error")).contains("anderen Vorhaben"));
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
}
