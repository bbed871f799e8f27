package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain forbids this action for this person now (blocked, own need, too late to edit...);
 * the message key says why. Distinct from a missing role, which the container refuses.
 */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public NotAllowed(String messageKey) {
        this(messageKey, new Object[0]);
    }

    /** With arguments for the message's text ({0}, {1}...). */
    public NotAllowed(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
