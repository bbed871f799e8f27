package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain forbids this action for this person now (blocked, own need, too late to edit...);
 * the message key says why. Distinct from a missing role, which the container refuses.
 */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

    private final String messageKey;

    public NotAllowed(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
