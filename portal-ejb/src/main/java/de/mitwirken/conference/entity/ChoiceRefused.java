package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.Refusal;

/**
 * A change of the conference, a registration or its choices that their rules refuse; carries the message key
 * that explains why, and the field it belongs to when the organisers' form shows it next to one. A
 * {@link Refusal} under the name the conference's rules and tests know it by.
 */
public class ChoiceRefused extends IllegalStateException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    /** A step not allowed: shown as a message of the page. */
    public ChoiceRefused(String messageKey) {
        this(null, messageKey);
    }

    /** A value of the organisers' form that the state refuses: shown next to {@code field}. */
    public ChoiceRefused(String field, String messageKey) {
        super(messageKey);
        this.reason = new Reason(field, messageKey, new Object[0]);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
