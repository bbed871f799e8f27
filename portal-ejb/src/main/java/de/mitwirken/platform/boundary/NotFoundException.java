package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The object a use case refers to does not exist (any more); the web tier shows a clear message or a 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
