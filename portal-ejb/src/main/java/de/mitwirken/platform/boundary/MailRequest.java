package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A mail to send: to whom, in which language, which text with which values, and optional files. */
public record MailRequest(String recipient, Language language, MailTemplate template, Map<String, String> values,
                          List<Attachment> attachments) {

    /** A file sent along, e.g. an ICS invitation. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    public MailRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
    }

    public static MailRequest of(String recipient, Language language, MailTemplate template, Map<String, String> values) {
        return new MailRequest(recipient, language, template, values, List.of());
    }

    public MailRequest with(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new MailRequest(recipient, language, template, values, more);
    }
}
