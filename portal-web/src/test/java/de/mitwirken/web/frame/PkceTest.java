package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** PKCE S256 as RFC 7636 defines it, and the single-use, time-bound pending sign-in. */
class PkceTest {

    @Test
    void theChallengeOfRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void aVerifierIsLongEnoughUnreservedAndNewEachTime() {
        String verifier = Pkce.verifier();
        assertTrue(verifier.length() >= 43 && verifier.length() <= 128, verifier);
        assertTrue(verifier.matches("[A-Za-z0-9._~-]+"), verifier);
        assertNotEquals(verifier, Pkce.verifier());
        assertEquals(43, Pkce.challenge(verifier).length(), "BASE64URL of 32 bytes, no padding");
    }

    @Test
    void aVerifierOutsideTheRfcIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pkce.challenge("too-short"));
        assertThrows(IllegalArgumentException.class, () -> Pkce.challenge("a".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> Pkce.challenge("ä".repeat(43)));
    }

    @Test
    void aPendingSignInKnowsOnlyItsOwnStateAndExpires() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        PendingSignIn pending = PendingSignIn.start(now);

        assertTrue(pending.hasState(pending.state()));
        assertFalse(pending.hasState(pending.state() + "x"));
        assertFalse(pending.hasState(null));
        assertNotEquals(pending.state(), pending.nonce());
        assertEquals(Pkce.challenge(pending.verifier()), pending.challenge());
        assertFalse(pending.isExpired(now.plusSeconds(599)));
        assertTrue(pending.isExpired(now.plusSeconds(601)));
    }
}
