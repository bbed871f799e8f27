package de.mitwirken.platform.boundary;

import java.util.Objects;

/**
 * A mail text of a capability: a resource bundle (e.g. "de.mitwirken.needs.mails", with _de and _en
 * variants) and a key; the bundle holds key.subject and key.body with {placeholders}.
 */
public record MailTemplate(String bundle, String key) {

    public MailTemplate {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
    }

    /** The name stored with each outbox mail, e.g. "needs.published". */
    public String name() {
        return key;
    }
}
