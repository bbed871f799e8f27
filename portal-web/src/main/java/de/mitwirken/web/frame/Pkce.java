package de.mitwirken.web.frame;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with S256, and the other random values of a sign-in (state, nonce).
 * The verifier stays in the session; only its challenge travels through the browser, so a code that leaks on
 * its way back (browser history, a proxy log, a hostile extension) cannot be exchanged without it.
 */
final class Pkce {

    static final String METHOD = "S256";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    /** 32 random bytes, BASE64URL: 43 characters of [A-Za-z0-9-_], the shortest verifier RFC 7636 allows. */
    static String verifier() {
        return random(32);
    }

    /** BASE64URL(SHA-256(ASCII(verifier))), RFC 7636 section 4.2. */
    static String challenge(String verifier) {
        if (verifier.length() < 43 || verifier.length() > 128 || !verifier.matches("[A-Za-z0-9._~-]+")) {
            throw new IllegalArgumentException("not a code verifier of RFC 7636");
        }
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A value nobody can guess (state, nonce): the given number of random bytes, BASE64URL. */
    static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return URL.encodeToString(value);
    }
}
