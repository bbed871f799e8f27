package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A recommendation from draft to decision in the browser: a member drafts it (bad input first), the chair
 * records the open vote of the demo's held meeting and the council's answers, the office notes the backlog
 * item it fed; the public reads the result, the names of an open vote and the way, also on the item page.
 */
@ExtendWith(SharedPortal.class)
class BoardRecommendationsBrowserIT extends BrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    final MailCatcher mail = new MailCatcher();

    /** A member assesses an item; the board's confidence on the item page follows the mean feasibility. */
    @Test
    void aMembersAssessmentMovesTheBoardsConfidence() {
        browser.open("/language?to=de&next=%2Fbacklog%2Fitem.xhtml%3Fid%3D18");
        assertTrue(browser.text(By.id("board-assessments")).contains("Einschätzungen: 3"), browser.text(By.id("board-assessments")));
        assertTrue(browser.text(By.id("board-assessments")).contains("60 %"));
        browser.open("/signin?next=%2Fbacklog%2Fitem.xhtml%3Fid%3D18");
        browser.signInAtKeycloak("board-member", "demo");
        browser.waitForPath("/backlog/item.xhtml");
        browser.click(By.id("assess-item"));
        browser.waitForPath("/board/members/assess.xhtml");
        browser.assertAccessible();
        browser.submit(By.id("assess:save"));
        assertTrue(browser.text(By.id("assess:impact-error")).contains("1 bis 5"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("assess:feasibility-error")).contains("1 bis 5"));
        browser.assertAccessible();
        browser.click(By.cssSelector("input[name='assess:impact'][value='5']"));
        browser.click(By.cssSelector("input[name='assess:feasibility'][value='5']"));
        browser.type(By.id("assess:comment"), "Der Landesdienst ist erprobt; die Stadt muss nur anbinden.");
        browser.submit(By.id("assess:save"));
        assertTrue(browser.text(By.id("my-assessments")).contains("Digitaler Bauantrag"), browser.text(By.cssSelector("main")));
        browser.open("/backlog/item.xhtml?id=18");
        assertTrue(browser.text(By.id("board-assessments")).contains("Einschätzungen: 4"), browser.text(By.id("board-assessments")));
        assertTrue(browser.text(By.id("board-assessments")).contains("70 %"), "(3 + 3 + 3 + 5) / 4 × 20");
    }

    @Test
    void aRecommendationIsDraftedVotedAndTrackedToADecision() {
        String title = "Digitale Sprechstunde im Rathaus " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/signin?next=%2Fboard%2Fmembers%2Frecommendations.xhtml");
        browser.signInAtKeycloak("board-member", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmembers%2Frecommendations.xhtml");
        browser.assertAccessible();
        browser.submit(By.id("draft:send"));
        assertTrue(browser.text(By.id("draft:title-error")).contains("5 bis 200"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("draft:body-error")).contains("50 bis 10000"));
        assertTrue(browser.text(By.id("draft:addressee-error")).contains("gerichtet"));
        browser.assertAccessible();
        browser.type(By.id("draft:title"), title);
        browser.type(By.id("draft:body"), "Der Beirat empfiehlt eine wöchentliche digitale Sprechstunde, in der Menschen"
                + " Hilfe bei Online-Diensten der Stadt bekommen.");
        browser.click(By.cssSelector("input[name='draft:addressee'][value='ADMINISTRATION']"));
        browser.submit(By.id("draft:send"));
        assertTrue(browser.text(By.id("drafts")).contains(title), browser.text(By.cssSelector("main")));
        // issue #24: the member declares a conflict of interest before the vote, with a personal reason
        new Select(browser.find(By.id("conflict:target"))).selectByVisibleText(title);
        browser.type(By.id("conflict:reason"), "Mein Fachbereich bietet die Sprechstunde an.");
        browser.submit(By.id("conflict:declare"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Ihre Befangenheit ist erklärt"),
                browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("drafts")).contains("befangen: Birgit Berger"), browser.text(By.id("drafts")));
        browser.assertAccessible();

        try (Browser chair = Browser.start()) {
            chair.open("/signin?next=%2Fboard%2Fmanage%2Findex.xhtml");
            chair.signInAtKeycloak("board-chair", "demo");
            chair.open("/language?to=de&next=%2Fboard%2Fmanage%2Findex.xhtml");
            chair.click(By.linkText(title));
            chair.waitForPath("/board/manage/recommendation.xhtml");
            // the address carries the id only until the first postback
            String id = chair.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(id.matches("\\d+"), chair.driver().getCurrentUrl());
            assertEquals("Entwurf", chair.text(By.id("recommendation-status")));
            chair.assertAccessible();
            new Select(chair.find(By.id("vote:meeting"))).selectByVisibleText("3. Sitzung des Digitalisierungsbeirats");
            chair.submit(By.id("vote:choose"));
            assertTrue(chair.text(By.id("recused")).contains("Birgit Berger: Mein Fachbereich bietet die Sprechstunde an."),
                    "the chair sees the declared conflict before the vote");
            List<WebElement> votes = chair.driver().findElements(By.cssSelector("select.member-vote"));
            assertEquals(7, votes.size(), "seven of the eight members present at the 3rd meeting may vote: one is recused");
            chair.assertAccessible();
            chair.submit(By.id("vote:record"));
            assertTrue(chair.text(By.id("vote:yes-error")).contains("mindestens eine Stimme"), chair.text(By.cssSelector("main")));
            for (int i = 0; i < 7; i++) {
                List<WebElement> selects = chair.driver().findElements(By.cssSelector("select.member-vote"));
                new Select(selects.get(i)).selectByValue(i < 4 ? "YES" : i < 6 ? "NO" : "ABSTAIN");
            }
            chair.submit(By.id("vote:record"));
            assertEquals("Eingereicht", chair.text(By.id("recommendation-status")), chair.text(By.cssSelector("main")));
            assertTrue(chair.text(By.id("recommendation-vote")).contains("4 Ja, 2 Nein, 1 Enthaltung"));
            // issue #24: the member follows the voted recommendation on its public page and hears of each answer
            browser.open("/board/recommendation.xhtml?id=" + id);
            assertEquals("Birgit Berger", browser.text(By.id("recused")), "the public sees who was recused, not the personal reason");
            browser.submit(By.id("follow-button"));
            assertTrue(browser.text(By.id("follow-recommendation")).contains("Sie folgen jetzt dieser Empfehlung"),
                    browser.text(By.cssSelector("main")));
            browser.assertAccessible();
            try (Browser office = Browser.start()) { // submitted to the administration: it waits on the office's dashboard
                office.open("/signin?next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
                office.signInAtKeycloak("strategy-office", "demo");
                office.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fdashboard.xhtml");
                office.waitForPath("/backlog/manage/dashboard.xhtml");
                assertTrue(office.text(By.id("dash-recommendation-list")).contains(title), office.text(By.cssSelector("main")));
                assertTrue(office.find(By.linkText(title)).getAttribute("href").contains("/board/manage/recommendation.xhtml?id="),
                        "it links to the recommendation");
                office.assertAccessible();
            }

            new Select(chair.find(By.id("track:status"))).selectByValue("UNDER_CONSIDERATION");
            chair.type(By.id("track:onDate"), LocalDate.now().plusDays(3).toString());
            chair.submit(By.id("track:send"));
            assertTrue(chair.text(By.id("track:onDate-error")).contains("nicht in der Zukunft"), chair.text(By.cssSelector("main")));
            assertTrue(chair.text(By.id("track:answeredBy-error")).contains("wer geantwortet"));
            new Select(chair.find(By.id("track:status"))).selectByValue("UNDER_CONSIDERATION");
            chair.type(By.id("track:onDate"), LocalDate.now().toString());
            chair.type(By.id("track:answeredBy"), "Ausschuss für Digitalisierung");
            chair.submit(By.id("track:send"));
            assertEquals("In Beratung", chair.text(By.id("recommendation-status")), chair.text(By.cssSelector("main")));
            new Select(chair.find(By.id("track:status"))).selectByValue("ACCEPTED");
            chair.type(By.id("track:onDate"), LocalDate.now().toString());
            chair.type(By.id("track:answeredBy"), "Rat der Stadt (V/0777/2026)");
            chair.type(By.id("track:note"), "Der Rat beschließt die Sprechstunde ab dem nächsten Quartal.");
            chair.submit(By.id("track:send"));
            assertEquals("Angenommen", chair.text(By.id("recommendation-status")));
            try {
                assertTrue(MailCatcher.text(mail.await("board-member@mitwirken.example", "Empfehlung: Angenommen – " + title))
                        .contains("/board/recommendation.xhtml?id=" + id), "the follower hears of the answer");
                assertTrue(mail.received("board-member@mitwirken.example", "Empfehlung: In Beratung – " + title));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            chair.assertAccessible();
        }

        browser.signOut();
        browser.open("/signin?next=%2Fboard%2Fmanage%2Findex.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Findex.xhtml");
        browser.click(By.linkText(title));
        browser.waitForPath("/board/manage/recommendation.xhtml");
        browser.type(By.id("feed:backlogItem"), "21");
        browser.submit(By.id("feed:send"));
        assertTrue(browser.text(By.id("recommendation-facts")).contains("Barrierefreie Online-Dienste"),
                browser.text(By.cssSelector("main")));
        browser.submit(By.id("create:send"));
        assertTrue(browser.text(By.id("create:fields-error")).length() > 0, browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("create:horizon-error")).length() > 0);
        browser.click(By.cssSelector("input[name='create:fields'][value='SOCIETY']"));
        browser.type(By.id("create:ownerDepartment"), "Amt für Bürgerdienste");
        browser.click(By.cssSelector("input[name='create:horizon'][value='SHORT_2025']"));
        browser.submit(By.id("create:send"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("als Vorschlag angelegt"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("fed-item")).contains("Noch nicht veröffentlichtes Vorhaben"),
                "the new item is a proposal, linked to the recommendation");
        browser.type(By.id("feed:backlogItem"), "21");
        browser.submit(By.id("feed:send"));
        assertTrue(browser.text(By.id("fed-item")).contains("Barrierefreie Online-Dienste"), "linked to a published item instead");
        String publicPage = browser.find(By.linkText("Öffentliche Seite der Empfehlung")).getAttribute("href");
        browser.signOut();

        browser.open(publicPage.substring(publicPage.indexOf("/board/")));
        assertEquals("Angenommen", browser.text(By.id("recommendation-status")));
        assertTrue(browser.text(By.id("voters")).contains("Christiane Hoffmann"), "an open vote names the voters");
        assertTrue(browser.text(By.id("recommendation-steps")).contains("Rat der Stadt (V/0777/2026)"));
        browser.assertAccessible();
        browser.open("/backlog/item.xhtml?id=21");
        assertTrue(browser.text(By.id("item-recommendations")).contains(title), "the item shows the recommendation that fed it");
        browser.open("/board/index.xhtml");
        assertTrue(browser.text(By.id("recommendations")).contains(title));
        assertTrue(browser.text(By.id("recommendations")).contains("Umgesetzt"), "the demo's implemented recommendation");
    }
}
