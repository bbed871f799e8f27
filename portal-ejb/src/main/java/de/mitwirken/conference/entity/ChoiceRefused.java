package de.mitwirken.conference.entity;

/** A change of a registration that its rules refuse; carries the message key that explains why. */
public class ChoiceRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public ChoiceRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
