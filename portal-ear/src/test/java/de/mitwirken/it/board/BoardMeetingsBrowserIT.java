package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Board meetings in the browser: the chair plans a meeting (bad input first), sets its agenda linking a
 * published initiative and a public need, invites the members; a member gets the invitation by mail with
 * a calendar file and accepts; the chair sees the answer. The public sees approved public minutes only.
 */
@ExtendWith(SharedPortal.class)
class BoardMeetingsBrowserIT extends BrowserTest {

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void theChairInvitesAndAMemberAccepts() throws Exception {
        String title = "Sondersitzung Test " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/signin?next=%2Fboard%2Fmanage%2Fmeetings.xhtml");
        browser.signInAtKeycloak("board-chair", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Fmeetings.xhtml");
        browser.assertAccessible();
        browser.type(By.id("meeting:onlineLink"), "javascript:alert(1)");
        browser.submit(By.id("meeting:plan"));
        assertTrue(browser.text(By.id("meeting:title-error")).contains("5 bis 200"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("meeting:date-error")).contains("JJJJ-MM-TT"));
        assertTrue(browser.text(By.id("meeting:onlineLink-error")).contains("https"));
        assertEquals("javascript:alert(1)", browser.find(By.id("meeting:onlineLink")).getAttribute("value"));
        browser.assertAccessible();

        browser.type(By.id("meeting:title"), title);
        browser.type(By.id("meeting:date"), LocalDate.now().plusDays(10).toString());
        browser.type(By.id("meeting:startTime"), "17:00");
        browser.type(By.id("meeting:endTime"), "19:00");
        browser.type(By.id("meeting:place"), "Rathaus, Sitzungssaal 2");
        browser.type(By.id("meeting:onlineLink"), "https://video.musterstadt.example/sonder");
        browser.submit(By.id("meeting:plan"));
        browser.waitForPath("/board/manage/meeting.xhtml");
        String meetingPage = browser.driver().getCurrentUrl(); // after a postback the address loses its ?id=
        assertEquals("Geplant", browser.text(By.id("meeting-status")));
        browser.assertAccessible();

        browser.type(By.id("agenda:agendaTitle"), "Stellungnahme zur E-Akte");
        browser.type(By.id("agenda:backlogItemId"), "999999");
        browser.type(By.id("agenda:recommendationId"), "999999");
        browser.submit(By.id("agenda:add"));
        assertTrue(browser.text(By.id("agenda:backlogItemId-error")).contains("veröffentlichten Vorhaben"));
        assertTrue(browser.text(By.id("agenda:recommendationId-error")).contains("keiner Empfehlung"));
        assertEquals("999999", browser.find(By.id("agenda:recommendationId")).getAttribute("value"), "kept as typed");
        browser.type(By.id("agenda:backlogItemId"), "1");
        browser.type(By.id("agenda:needId"), "1");
        browser.type(By.id("agenda:recommendationId"), "4"); // the demo's draft, to be voted under this point
        browser.type(By.id("agenda:presenter"), "Christiane Hoffmann");
        browser.submit(By.id("agenda:add"));
        assertTrue(browser.text(By.id("agenda-items")).contains("Elektronische Akte"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("agenda-items")).contains("Online-Termine im Bürgeramt"));
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("agenda").resolve("Vorlage E-Akte.pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n% Vorlage des Tests\n%%EOF\n");
        java.nio.file.Path text = pdf.resolveSibling("notiz.pdf");
        java.nio.file.Files.writeString(text, "keine PDF-Datei");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("document:item"))).selectByIndex(1);
        browser.chooseFile(By.id("document:file"), text);
        browser.submit(By.id("document:upload"));
        assertTrue(browser.text(By.id("document:file-error")).contains("PDF"), () -> "a file that is no PDF is refused by its"
                + " content: " + browser.text(By.cssSelector("main")));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("document:item"))).selectByIndex(1);
        browser.chooseFile(By.id("document:file"), pdf);
        browser.submit(By.id("document:upload"));
        assertTrue(browser.text(By.id("agenda-items")).contains("Vorlage E-Akte.pdf"), browser.text(By.cssSelector("main")));
        String documentLink = browser.find(By.cssSelector("#agenda-items .documents a")).getAttribute("href");
        browser.submit(By.id("invite:send"));
        assertEquals("Eingeladen", browser.text(By.id("meeting-status")), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("invitations")).contains("Birgit Berger"));
        browser.assertAccessible();

        MimeMessage invitation = mail.await("board-member@mitwirken.example", title);
        String ics = calendarFile(invitation);
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:" + title), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:" + LocalDate.now().plusDays(10).toString().replace("-", "")
                + "T170000"), "the typed local time, in the city's zone: " + ics);

        try (Browser member = Browser.start()) {
            member.open("/signin?next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            member.signInAtKeycloak("board-member", "demo");
            member.open("/language?to=de&next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            member.assertAccessible();
            By card = By.xpath("//section[.//h2[contains(., '" + title + "')]]");
            assertTrue(member.find(card).getText().contains("noch keine Antwort"));
            member.submit(By.xpath("//section[.//h2[contains(., '" + title + "')]]//input[contains(@class, 'attend')]"));
            assertTrue(member.text(By.cssSelector(".messages")).contains("zugesagt"), member.text(By.cssSelector("main")));
            assertTrue(member.find(card).getText().contains("Zusage"));
            member.assertAccessible();
        }

        browser.open(meetingPage.substring(meetingPage.indexOf("/board/")));
        assertTrue(browser.text(By.xpath("//table[@id='invitations']//tr[contains(., 'Birgit Berger')]")).contains("Zusage"));

        // issue #24: the chair moves the meeting to another day; members get the same calendar entry, next version
        browser.type(By.id("change:date"), LocalDate.now().plusDays(11).toString());
        browser.submit(By.id("change:ask-move"));
        assertTrue(browser.text(By.id("change:reason-error")).contains("Grund"), browser.text(By.cssSelector("main")));
        browser.type(By.id("change:reason"), "Der Saal ist am ersten Termin belegt.");
        browser.submit(By.id("change:ask-move"));
        assertTrue(browser.text(By.id("change-confirm")).contains("zurückgesetzt"), browser.text(By.id("change-confirm")));
        browser.assertAccessible();
        browser.submit(By.id("change:move-yes"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Die Sitzung ist verlegt"), browser.text(By.cssSelector("main")));
        MimeMessage moved = mail.await("board-member@mitwirken.example", "Sitzung verlegt");
        String update = calendarFile(moved);
        assertTrue(update.contains("UID:board-meeting-") && update.contains("SEQUENCE:1") && update.contains("METHOD:REQUEST")
                && update.contains("DTSTART;TZID=Europe/Berlin:" + LocalDate.now().plusDays(11).toString().replace("-", "")),
                update);
        assertEquals(ics.substring(ics.indexOf("UID:"), ics.indexOf("\r\n", ics.indexOf("UID:"))),
                update.substring(update.indexOf("UID:"), update.indexOf("\r\n", update.indexOf("UID:"))),
                "the invitation's calendar entry is updated, not a second one added");
        assertFalse(browser.text(By.xpath("//table[@id='invitations']//tr[contains(., 'Birgit Berger')]")).contains("Zusage"),
                "a new day resets the answer");
        try (Browser member = Browser.start()) {
            member.open("/signin?next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            member.signInAtKeycloak("board-member", "demo");
            member.open("/language?to=de&next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            String card = member.text(By.xpath("//section[.//h2[contains(., '" + title + "')]]"));
            assertTrue(card.contains("Der Saal ist am ersten Termin belegt.") && card.contains("Bitte antworten Sie"), card);
            member.assertAccessible();
            // a conflict of interest for an agenda point, declared before the meeting; the minutes record it
            new org.openqa.selenium.support.ui.Select(member.find(By.id("conflict:target")))
                    .selectByVisibleText(title + " – 1. Stellungnahme zur E-Akte");
            member.click(By.id("conflict:personal"));
            member.type(By.id("conflict:reason"), "Ich berate den Anbieter der E-Akte.");
            member.submit(By.id("conflict:declare"));
            assertTrue(member.text(By.cssSelector("main")).contains("Ihre Befangenheit ist erklärt"),
                    member.text(By.cssSelector("main")));
            member.assertAccessible();
        }
        browser.open(meetingPage.substring(meetingPage.indexOf("/board/")));
        assertTrue(browser.text(By.id("agenda-items")).contains("Birgit Berger (Ich berate den Anbieter der E-Akte.)"),
                browser.text(By.id("agenda-items")));

        browser.signOut();
        browser.open(meetingPage.substring(meetingPage.indexOf("/board/")).replace("/manage/", "/"));
        assertTrue(browser.text(By.id("agenda")).contains("Vorlage E-Akte.pdf"), "a public document is listed for everyone");
        browser.assertAccessible();
        byte[] downloaded = browser.download(documentLink.substring(documentLink.indexOf("/board/")));
        assertTrue(new String(downloaded, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    /** Issue #24: a member recused for an agenda point does not count in the vote on it (demo meeting 3, held). */
    @Test
    void aRecusedMemberDoesNotCountInTheVoteOnAnAgendaPoint() {
        try (Browser member = Browser.start()) {
            member.open("/signin?next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            member.signInAtKeycloak("board-member", "demo");
            member.open("/language?to=de&next=%2Fboard%2Fmembers%2Fmeetings.xhtml");
            new org.openqa.selenium.support.ui.Select(member.find(By.id("conflict:target")))
                    .selectByVisibleText("3. Sitzung des Digitalisierungsbeirats – 2. Barrierefreiheit digitaler Angebote");
            member.submit(By.id("conflict:declare"));
            assertTrue(member.text(By.cssSelector("main")).contains("Ihre Befangenheit ist erklärt"),
                    member.text(By.cssSelector("main")));
        }
        browser.open("/signin?next=%2Fboard%2Fmanage%2Fmeeting.xhtml%3Fid%3D3");
        browser.signInAtKeycloak("board-chair", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Fmeeting.xhtml%3Fid%3D3");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("agendaVote:item")))
                .selectByVisibleText("2. Barrierefreiheit digitaler Angebote");
        browser.type(By.id("agendaVote:yes"), "6");
        browser.type(By.id("agendaVote:no"), "1");
        browser.type(By.id("agendaVote:abstain"), "1");
        browser.submit(By.id("agendaVote:record"));
        assertFalse(browser.text(By.id("agendaVote:yes-error")).isBlank(), "eight votes, but the recused member may not vote: "
                + browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("agendaVote:item")))
                .selectByVisibleText("2. Barrierefreiheit digitaler Angebote");
        browser.type(By.id("agendaVote:yes"), "5");
        browser.submit(By.id("agendaVote:record"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Die Abstimmung ist eingetragen"),
                browser.text(By.cssSelector("main")));
        String point = browser.text(By.xpath("//ol[@id='agenda-items']/li[contains(., 'Barrierefreiheit digitaler Angebote')]"));
        assertTrue(point.contains("Abstimmung: 5 Ja, 1 Nein, 1 Enthaltung") && point.contains("Birgit Berger"), point);
        browser.assertAccessible();
    }

    @Test
    void thePublicSeesApprovedPublicMinutesOnly() {
        browser.open("/language?to=de&next=%2Fboard%2Findex.xhtml");
        assertTrue(browser.text(By.id("published-minutes")).contains("2. Sitzung"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("upcoming-meetings")).contains("4. Sitzung"));
        browser.open("/board/meeting.xhtml?id=2");
        String agenda = browser.text(By.id("agenda"));
        assertTrue(agenda.contains("Der Beirat unterstützt die Ausweitung der Online-Termine"), agenda);
        assertFalse(agenda.contains("Vertrauliche Angaben"), "internal minutes stay internal");
        assertTrue(agenda.contains("Das Protokoll zu diesem Punkt ist intern."));
        browser.assertAccessible();
        browser.open("/board/meeting.xhtml?id=3");
        assertFalse(browser.text(By.id("agenda")).contains("Barrierefreiheit als Kriterium"), "not approved yet: not public");
        assertTrue(browser.has(By.id("minutes-pending")));
        browser.assertAccessible();
    }

    private static String calendarFile(MimeMessage message) throws Exception {
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    part.getInputStream().transferTo(bytes);
                    return bytes.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no calendar file attached");
    }
}
