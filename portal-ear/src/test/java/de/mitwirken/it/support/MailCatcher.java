package de.mitwirken.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the test domain sends to (GreenMail on {@code it.smtp.port}), running for each test:
 * {@code @RegisterExtension final MailCatcher mail = new MailCatcher();}.
 */
public final class MailCatcher implements BeforeEachCallback, AfterEachCallback {

    private static final long PATIENCE_MS = 30_000;

    private final GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @Override
    public void beforeEach(ExtensionContext context) {
        smtp.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        smtp.stop();
    }

    /** The first mail to the recipient whose subject contains the words, waiting for the outbox to send it. */
    public MimeMessage await(String recipient, String subjectPart) throws Exception {
        return find(recipient, m -> subject(m).contains(subjectPart))
                .orElseThrow(() -> new AssertionError("no mail \"" + subjectPart + "\" to " + recipient));
    }

    /** Whether a mail to the recipient whose subject contains the words arrives (waiting for the outbox). */
    public boolean received(String recipient, String subjectPart) throws InterruptedException {
        return find(recipient, m -> subject(m).contains(subjectPart)).isPresent();
    }

    /** The first mail to the recipient that matches, or empty after waiting for it. */
    public Optional<MimeMessage> find(String recipient, Predicate<MimeMessage> matches) throws InterruptedException {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < end) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> isTo(m, recipient) && matches.test(m)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /** How many mails the recipient has received so far. */
    public long countTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, recipient)).count();
    }

    /** How many mails the recipient has received so far whose subject contains the words. */
    public long countTo(String recipient, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, recipient) && subject(m).contains(subjectPart)).count();
    }

    /** The decoded plain-text part of a mail. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return String.valueOf(part.getContent());
                    }
                    if (part.getContent() instanceof Multipart nested) {
                        for (int j = 0; j < nested.getCount(); j++) {
                            if (nested.getBodyPart(j).isMimeType("text/plain")) {
                                return String.valueOf(nested.getBodyPart(j).getContent());
                            }
                        }
                    }
                }
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient);
        } catch (Exception e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }
}
