package de.mitwirken.council.control;

/** The council's server did not answer usefully even after retries (5xx, timeouts): the crawl stops here. */
public class OparlUnavailable extends RuntimeException {

    public OparlUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
