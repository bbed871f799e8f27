package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The moderator's work on a commenter, in the browser: a report on a comment is decided, the comment is hidden
 * (the public no longer sees it) and restored, the commenter is blocked until a day (told by mail, refused when they
 * send a comment, shown the reason and the end) and the block is lifted from the list of blocked people (told again,
 * and they can comment again). Every step is in the audit log; every page passes axe.
 */
@ExtendWith(SharedPortal.class)
class ModerationIT extends BrowserTest {

    /** A published need without demo comments. */
    private static final long NEED = 11;
    private static final String NEED_PAGE = "/needs/need.xhtml?id=" + NEED;
    private static final String MODERATE_PAGE = "/needs/moderation/need.xhtml?id=" + NEED;

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void blockAndUnblockACommenterHideAndRestoreACommentDecideAReport() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "mona-" + run;
        String lastName = "Mod" + run;
        String email = username + "@example.org";
        KeycloakTestUsers.create(username, "Mona", lastName, email, "secret-pass-7");
        String body = "Ein Kommentar, der gemeldet wird " + run;
        String commentId;

        try (Browser commenter = Browser.start(); Browser citizen = Browser.start(); Browser visitor = Browser.start()) {
            signIn(commenter, username, "secret-pass-7", NEED_PAGE);
            commenter.type(By.id("comment"), body);
            commenter.submit(By.id("send-comment"));
            commentId = commenter.find(By.xpath("//li[contains(@class,'comment') and contains(., '" + run + "')]"))
                    .getAttribute("id").substring("comment-".length());

            // a report on the comment, decided by the moderator: kept
            String note = "Werbung? " + run;
            signIn(citizen, "citizen", "demo", NEED_PAGE);
            citizen.expand(By.cssSelector("#comment-" + commentId + " details.flag"));
            citizen.click(By.id("flag-" + commentId + "-SPAM"));
            citizen.type(By.id("flag-note-" + commentId), note);
            citizen.submit(By.cssSelector("#comment-" + commentId + " details.flag button[value='flag']"));

            signIn(browser, "moderator", "demo", "/needs/moderation/index.xhtml?about=COMMENTS");
            assertTrue(browser.text(By.cssSelector("main")).contains(note), "the report waits in the queue");
            browser.assertAccessible();
            browser.submit(By.xpath("//tr[contains(., '" + note + "')]//input[@type='submit' and @value='Belassen']"));
            assertFalse(browser.text(By.cssSelector("main")).contains(note), "the report is decided");
            assertTrue(browser.has(By.cssSelector("a#to-blocks")), "the queue links the list of blocked people");

            // hide the comment with a reason, then restore it
            String comment = "#mod-comment-" + commentId;
            browser.open(MODERATE_PAGE);
            browser.submit(By.cssSelector(comment + " input[id$=':hide']"));
            assertTrue(browser.text(By.cssSelector(comment)).contains("Bitte geben Sie einen Grund an"),
                    "no reason, no hiding: the message stands at the field");
            browser.assertAccessible();
            browser.type(By.cssSelector(comment + " input[id$=':hideReason']"), "Telefonnummer im Text " + run);
            browser.submit(By.cssSelector(comment + " input[id$=':hide']"));
            assertTrue(browser.text(By.cssSelector(comment)).contains("ausgeblendet"));
            visitor.reloadUntil(NEED_PAGE, v -> !v.text(By.cssSelector(".comments")).contains(body), Duration.ofSeconds(15));
            commenter.open("/needs/mine.xhtml");
            assertTrue(commenter.text(By.cssSelector("main")).contains("Telefonnummer im Text " + run),
                    "the author sees why their comment was hidden");

            browser.open(MODERATE_PAGE);
            browser.type(By.cssSelector(comment + " input[id$=':hideReason']"), "Nummer war die des Amts " + run);
            browser.submit(By.cssSelector(comment + " input[id$=':restore']"));
            assertFalse(browser.text(By.cssSelector(comment)).contains("ausgeblendet"));
            visitor.reloadUntil(NEED_PAGE, v -> v.text(By.cssSelector(".comments")).contains(body), Duration.ofSeconds(15));

            // block the commenter until a day, while their next comment is typed but not yet sent
            commenter.open(NEED_PAGE);
            commenter.type(By.id("comment"), "Noch ein Kommentar " + run);
            LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7);
            browser.open(MODERATE_PAGE);
            new Select(browser.find(By.id("block:blockProfileId"))).selectByVisibleText("Mona " + lastName + " (Kommentar)");
            browser.type(By.id("block:blockReason"), "Beleidigungen " + run);
            assertTrue(browser.find(By.cssSelector("input[name='block:blockDuration'][value='PERIOD']")).isSelected(),
                    "until a day is the default, for good must be chosen");
            browser.submit(By.id("block:send"));
            assertTrue(browser.text(By.id("block:blockUntil-error")).contains("letzten Tag"), "a period needs its last day");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.find(By.id("block:blockUntil")), lastDay.toString());
            browser.submit(By.id("block:send"));
            assertTrue(browser.text(By.cssSelector("main")).contains("gesperrt bis einschließlich"),
                    browser.text(By.cssSelector("main")));
            browser.assertAccessible();

            MimeMessage blocked = mailAbout(email, "gesperrt", "blocked");
            String blockedText = MailCatcher.text(blocked);
            assertTrue(blockedText.contains("Beleidigungen " + run) && blockedText.contains(String.valueOf(lastDay.getYear())),
                    blockedText);

            commenter.submit(By.id("send-comment"));
            String refused = commenter.text(By.id("comment-blocked"));
            assertTrue(refused.contains("Beleidigungen " + run) && refused.contains("bis einschließlich"), refused);
            assertFalse(commenter.text(By.cssSelector(".comments")).contains("Noch ein Kommentar " + run),
                    "the blocked person's comment is not stored");
            assertFalse(commenter.has(By.id("send-comment")));
            commenter.assertAccessible();
            commenter.open("/needs/mine.xhtml");
            assertTrue(commenter.text(By.id("my-block")).contains("Beleidigungen " + run));

            // the list of blocked people: what applies now is the default; a block that ran out (demo data, R__21) is
            // not there but under "ran out", decided by the query without any job
            browser.open("/needs/moderation/index.xhtml");
            browser.submit(By.id("to-blocks"));
            String current = browser.text(By.cssSelector("main"));
            assertTrue(current.contains("Lukas Hahn") && !current.contains("Michael König"), current);
            browser.open("/needs/moderation/blocked.xhtml?state=ENDED");
            assertTrue(browser.text(By.cssSelector("main")).contains("Michael König"));
            browser.open("/needs/moderation/blocked.xhtml?q=" + lastName);
            String row = "//tr[contains(., '" + lastName + "')]";
            assertTrue(browser.text(By.xpath(row)).contains("Beleidigungen " + run));
            browser.assertAccessible();
            browser.open("/needs/moderation/blocked.xhtml?state=LIFTED&q=" + lastName);
            assertFalse(browser.has(By.xpath(row)), "not lifted yet");
            browser.open("/needs/moderation/blocked.xhtml?q=" + lastName + "&kind=FOR_GOOD");
            assertFalse(browser.has(By.xpath(row)), "blocked until a day, not for good");
            browser.open("/needs/moderation/blocked.xhtml?q=" + lastName + "&kind=PERIOD&by=moderator");
            browser.submit(By.xpath(row + "//input[@type='submit']"));
            assertTrue(browser.text(By.xpath(row)).contains("Bitte schreiben Sie eine Notiz"), "a note is needed");
            browser.assertAccessible();
            browser.type(By.xpath(row + "//input[@type='text']"), "Versehen, entschuldigen Sie " + run);
            browser.submit(By.xpath(row + "//input[@type='submit']"));
            assertTrue(browser.text(By.cssSelector("main")).contains("Die Sperre ist aufgehoben"));
            browser.open("/needs/moderation/blocked.xhtml?state=LIFTED&q=" + lastName);
            assertTrue(browser.text(By.xpath(row)).contains("Versehen, entschuldigen Sie " + run));

            String lifted = MailCatcher.text(mailAbout(email, "wieder möglich", "take part again"));
            assertTrue(lifted.contains("Versehen, entschuldigen Sie " + run), lifted);

            commenter.open(NEED_PAGE);
            assertFalse(commenter.has(By.id("comment-blocked")));
            commenter.type(By.id("comment"), "Wieder dabei " + run);
            commenter.submit(By.id("send-comment"));
            assertTrue(commenter.text(By.cssSelector(".comments")).contains("Wieder dabei " + run));
        }

        try (Browser admin = Browser.start()) {
            signIn(admin, "admin", "demo", "/platform/admin/audit.xhtml");
            assertAudited(admin, "needs.flag.handle", "\"comment\",\"" + commentId + "\",", run);
            assertAudited(admin, "needs.comment.hide", "Telefonnummer im Text " + run, run);
            assertAudited(admin, "needs.comment.restore", "Nummer war die des Amts " + run, run);
            assertAudited(admin, "needs.block", "Beleidigungen " + run, run);
            assertAudited(admin, "needs.unblock", "Versehen, entschuldigen Sie " + run, run);
            admin.open("/needs/moderation/blocked.xhtml?state=ALL&q=" + lastName);
            assertTrue(admin.text(By.cssSelector("main")).contains("Beleidigungen " + run), "administrators see the list too");
        }
    }

    private static void signIn(Browser browser, String username, String password, String page) {
        browser.open("/signin?next=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8));
        browser.signInAtKeycloak(username, password);
        browser.open("/language?to=de&next=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8));
    }

    /** The audit log (as CSV, as the administrator) holds the action by the moderator with the text. */
    private static void assertAudited(Browser admin, String action, String text, String run) {
        String csv = new String(admin.download("/platform/admin/audit.csv?action=" + action + "&actor=moderator"),
                StandardCharsets.UTF_8);
        long found = csv.lines().filter(line -> line.contains("\"" + action + "\"")
                && line.contains(text)).count();
        assertTrue(found > 0, () -> action + " with \"" + text + "\" not in the audit log (run " + run + "):\n" + csv);
        assertEquals(1, found, "once: " + action);
    }

    /** The mail to the person in their language (German unless they chose English). */
    private MimeMessage mailAbout(String email, String german, String english) throws Exception {
        return mail.find(email, m -> {
            try {
                return m.getSubject().contains(german) || m.getSubject().contains(english);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).orElseThrow(() -> new AssertionError("no mail \"" + german + "\" to " + email));
    }
}
