package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.OutboxMail;
import java.util.List;

/** A detached copy of an outbox mail, so that the SMTP conversation runs outside any transaction. */
public record SendableMail(long id, String recipient, String subject, String text, String html,
                           List<File> attachments) {

    /** An attached file. */
    public record File(String filename, String contentType, byte[] content) {
    }

    static SendableMail of(OutboxMail mail) {
        return new SendableMail(mail.id(), mail.recipient(), mail.subject(), mail.bodyText(), mail.bodyHtml(),
                mail.attachments().stream().map(a -> new File(a.filename(), a.contentType(), a.content())).toList());
    }
}
