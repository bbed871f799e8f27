package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * An anonymous write over its rate limit: nothing was done; the message key says which limit, and
 * {@link #retryAfter()} when it may be tried again (the API's {@code 429} with {@code Retry-After}).
 */
@ApplicationException(rollback = true)
public class TooManyAttempts extends NotAllowed {

    private final Duration retryAfter;

    public TooManyAttempts(String messageKey, Duration retryAfter) {
        super(messageKey, Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
