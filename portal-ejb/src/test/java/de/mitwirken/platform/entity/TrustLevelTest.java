package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustLevelTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-20T17:30:00Z");

    @Test
    void substantialAndHighVerifyLowDoesNot() {
        assertEquals(TrustLevel.VERIFIED, TrustLevel.of(false, "STORK-QAA-Level-3"));
        assertEquals(TrustLevel.VERIFIED, TrustLevel.of(false, "STORK-QAA-Level-4"));
        assertEquals(TrustLevel.VERIFIED, TrustLevel.of(false, " substantial "));
        assertEquals(TrustLevel.VERIFIED, TrustLevel.of(false, "High"));
        assertEquals(TrustLevel.UNVERIFIED, TrustLevel.of(false, "STORK-QAA-Level-1"));
        assertEquals(TrustLevel.UNVERIFIED, TrustLevel.of(false, "low"));
        assertEquals(TrustLevel.UNVERIFIED, TrustLevel.of(false, null));
    }

    @Test
    void keycloaksRoleVerifiesAlsoForAPasswordSignIn() {
        assertEquals(TrustLevel.VERIFIED, TrustLevel.of(true, null));
    }

    @Test
    void theProfileKeepsTheVerificationOnlyWhileKeycloakSaysSo() {
        IdentityClaims plain = new IdentityClaims("sub-1", "erika", "Erika", "erika@example.org");
        UserProfile profile = UserProfile.firstSignIn(plain, Language.DE, FIRST);
        assertEquals(TrustLevel.UNVERIFIED, profile.trustLevel());
        assertNull(profile.verifiedSince());

        profile.signedInAgain(plain.withAssurance(true, "STORK-QAA-Level-3"), FIRST);
        assertEquals(TrustLevel.VERIFIED, profile.trustLevel());
        assertEquals("STORK-QAA-Level-3", profile.levelOfAssurance());
        assertEquals(FIRST, profile.verifiedSince());

        profile.signedInAgain(plain.withAssurance(true, "STORK-QAA-Level-3"), LATER);
        assertEquals(FIRST, profile.verifiedSince(), "verified without a break since the first eID sign-in");

        profile.signedInAgain(plain.withAssurance(false, "STORK-QAA-Level-1"), LATER);
        assertEquals(TrustLevel.UNVERIFIED, profile.trustLevel());
        assertNull(profile.verifiedSince());
    }

    @Test
    void anAnonymisedProfileIsNoLongerVerified() {
        IdentityClaims claims = new IdentityClaims("sub-2", "max", "Max", null).withAssurance(true, "STORK-QAA-Level-4");
        UserProfile profile = UserProfile.firstSignIn(claims, Language.DE, FIRST);
        assertEquals(TrustLevel.VERIFIED, profile.trustLevel());
        profile.anonymise(LATER);
        assertEquals(TrustLevel.UNVERIFIED, profile.trustLevel());
        assertNull(profile.levelOfAssurance());
    }
}
