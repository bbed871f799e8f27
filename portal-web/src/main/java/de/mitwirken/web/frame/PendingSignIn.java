package de.mitwirken.web.frame;

import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One sign-in sent to Keycloak and not yet back: the state that must come back with the code, the nonce the ID
 * token must carry and the PKCE verifier for the code exchange. Kept in the session (several at once for several
 * tabs, see {@link SessionKeys#takePendingSignIn}) and used once.
 */
record PendingSignIn(String state, String nonce, String verifier, Instant started) implements Serializable {

    /** As long as the page to return to is remembered ({@link ReturnCookie}). */
    static final Duration VALID = Duration.ofMinutes(10);

    static PendingSignIn start(Instant now) {
        return new PendingSignIn(Pkce.random(32), Pkce.random(32), Pkce.verifier(), now);
    }

    String challenge() {
        return Pkce.challenge(verifier);
    }

    boolean isExpired(Instant now) {
        return now.isAfter(started.plus(VALID));
    }

    /** Whether the state that came back is this one's (in constant time: it is a secret until then). */
    boolean hasState(String returned) {
        return returned != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returned.getBytes(StandardCharsets.US_ASCII));
    }
}
