package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The mail outbox against a real SMTP server in this test JVM (GreenMail on the port the test domain's
 * mail session uses): an outage loses nothing, mails arrive exactly once after it, mails that fail for
 * good land in the dead-letter list and can be sent again by an administrator (audited).
 */
@ExtendWith(SharedPortal.class)
class MailOutboxBrowserIT extends BrowserTest {

    private static final String MAIL_PAGE = "/platform/admin/mail.xhtml";
    private final GreenMail smtp = new GreenMail(new ServerSetup(
            Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void anSmtpOutageLosesNoMailAndEveryMailArrivesExactlyOnceAfterIt() throws Exception {
        signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = List.of("outage-1-" + run + "@example.org", "outage-2-" + run + "@example.org",
                "outage-3-" + run + "@example.org");
        for (String recipient : recipients) {
            sendTestMail(recipient);
            assertTrue(browser.text(By.cssSelector(".messages")).contains("Postausgang"));
        }
        Thread.sleep(3000); // the sender has tried (and failed) at least twice by now
        browser.open(MAIL_PAGE);
        long waiting = count("PENDING") + count("SENDING");
        assertTrue(waiting >= 3, "the mails wait in the outbox during the outage: " + waiting);

        smtp.start();
        long end = System.currentTimeMillis() + 30_000;
        while (received(run).size() < 3 && System.currentTimeMillis() < end) {
            Thread.sleep(250);
        }
        Thread.sleep(3000); // time for any duplicate to show up
        assertEquals(recipients, received(run).stream().map(MailOutboxBrowserIT::recipientOf)
                .sorted().toList(), "all mails arrive after the outage, each exactly once");

        MimeMessage first = received(run).get(0);
        assertEquals("Testnachricht von Mitwirken", first.getSubject());
        MimeMultipart alternative = (MimeMultipart) first.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        String html = new String(alternative.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"de\">"), html);
        assertTrue(String.valueOf(alternative.getBodyPart(0).getContent()).contains("/platform/profile.xhtml"));
    }

    @Test
    void aMailThatKeepsFailingIsParkedAndAnAdministratorSendsItAgain() throws Exception {
        signInAsAdmin();
        String recipient = "parked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        sendTestMail(recipient);
        By row = By.xpath("//table[caption]//tr[td[normalize-space()='" + recipient + "']]");
        browser.reloadUntil(MAIL_PAGE, b -> b.has(row), Duration.ofSeconds(90)); // 8 attempts, 1–2 s apart
        browser.assertAccessible();
        assertTrue(browser.find(row).getText().contains("Connect"), "the last error is shown");

        smtp.start();
        browser.submit(By.xpath("//table[caption]//tr[td[normalize-space()='" + recipient + "']]//input[@type='submit']"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("wieder in der Warteschlange"));
        long end = System.currentTimeMillis() + 30_000;
        while (received(recipient).isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(250);
        }
        assertEquals(1, received(recipient).size(), "the resent mail arrives once");

        browser.open("/platform/admin/audit.xhtml?action=platform.mail.resend");
        browser.assertAccessible();
        assertTrue(browser.driver().getPageSource().contains("dead mail to " + recipient + " queued again"));
        String csv = new String(browser.download("/platform/admin/audit.csv?action=platform.mail.resend"),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("platform.mail.resend") && csv.contains(recipient), csv);
    }

    @Test
    void aWrongAddressIsExplainedNextToTheFieldAndKept() {
        signInAsAdmin();
        browser.open(MAIL_PAGE);
        browser.type(By.id("testmail:recipient"), "clara(at)example");
        browser.submit(By.id("testmail:send"));
        assertTrue(browser.text(By.id("testmail:recipient-error")).contains("gültige E-Mail-Adresse"));
        assertEquals("clara(at)example", browser.find(By.id("testmail:recipient")).getAttribute("value"));
        browser.assertAccessible();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Received mails whose recipient contains the marker (other tests' mails may arrive too). */
    private List<MimeMessage> received(String marker) throws Exception {
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(marker)) {
                out.add(m);
            }
        }
        return out;
    }

    private void signInAsAdmin() {
        browser.open(MAIL_PAGE);
        browser.signInAtKeycloak("admin", "demo");
        browser.waitForPath(MAIL_PAGE);
        browser.open("/language?to=de&next=" + MAIL_PAGE);
    }

    private void sendTestMail(String recipient) {
        browser.open(MAIL_PAGE);
        browser.type(By.id("testmail:recipient"), recipient);
        browser.submit(By.id("testmail:send"));
    }

    private long count(String status) {
        return Long.parseLong(browser.text(By.id("count-" + status)).strip());
    }
}
