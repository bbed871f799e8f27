package de.mitwirken.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Properties;

/** Hands one mail to the SMTP server of the JNDI session mail/portal (text and HTML, plus attachments). */
@ApplicationScoped
public class SmtpTransport {

    @Resource(lookup = "mail/portal")
    Session configured;

    @Inject
    MailSettings settings;

    private volatile Session session;

    public void send(SendableMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session(), "<outbox-" + mail.id() + "@mitwirken>");
        message.setFrom(new InternetAddress(from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (SendableMail.File file : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new jakarta.activation.DataHandler(
                        new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(file.filename());
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        Transport.send(message);
    }

    private String from() {
        String address = configured.getProperty("mail.from");
        return address == null || address.isBlank() ? settings.from() : address;
    }

    /** The configured session with timeouts, so a hanging mail server cannot block the sender forever. */
    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.putAll(configured.getProperties());
            properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            properties.putIfAbsent("mail.smtp.timeout", "20000");
            properties.putIfAbsent("mail.smtp.writetimeout", "20000");
            session = Session.getInstance(properties);
        }
        return session;
    }

    /** Keeps our Message-ID, so that a mail retried after a lost acknowledgement is recognisable. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
