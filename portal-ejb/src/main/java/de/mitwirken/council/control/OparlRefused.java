package de.mitwirken.council.control;

/** An answer that cannot be used (invalid JSON, not an object, 4xx): that one URL is skipped and counted. */
public class OparlRefused extends RuntimeException {

    public OparlRefused(String message) {
        super(message);
    }
}
