package de.mitwirken.platform.entity;

import java.util.Objects;

/** A mail's content in the recipient's language: subject, plain text and the HTML alternative. */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        // a header must not carry line breaks (header injection), nor hidden controls or a right-to-left
        // override that disguises what the subject says (issue #26; the texts in it are cleaned already)
        subject = CleanText.line(subject);
        if (subject.length() > 500) {
            subject = subject.substring(0, 500);
        }
    }
}
