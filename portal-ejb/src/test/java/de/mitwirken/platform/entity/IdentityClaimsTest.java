package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdentityClaimsTest {

    @Test
    void buildsTheDisplayNameFromGivenAndFamilyName() {
        IdentityClaims claims = IdentityClaims.of("sub-1", "clara", "Clara", "Bürger", null, "clara@example.org");
        assertEquals("Clara Bürger", claims.displayName());
    }

    @Test
    void prefersTheFullNameClaim() {
        IdentityClaims claims = IdentityClaims.of("sub-1", "clara", "Clara", "Bürger", "Dr. Clara Bürger", null);
        assertEquals("Dr. Clara Bürger", claims.displayName());
    }

    @Test
    void fallsBackToTheUsernameWhenNoNameIsKnown() {
        IdentityClaims claims = IdentityClaims.of("sub-1", "clara", null, " ", null, " ");
        assertEquals("clara", claims.displayName());
        assertNull(claims.email());
    }

    @Test
    void refusesAMissingOrOversizedSubject() {
        assertThrows(NullPointerException.class, () -> new IdentityClaims(null, "u", "n", null));
        assertThrows(IllegalArgumentException.class, () -> new IdentityClaims(" ", "u", "n", null));
        assertThrows(IllegalArgumentException.class, () -> new IdentityClaims("x".repeat(65), "u", "n", null));
    }

    @Test
    void clipsOversizedNames() {
        IdentityClaims claims = new IdentityClaims("sub", "u", "n".repeat(1000), null);
        assertEquals(255, claims.displayName().length());
    }

    @Test
    void nameAndAddressLoseHiddenControlsAndBidiOverrides() {
        IdentityClaims claims = IdentityClaims.of("sub-1", "clara", "Clara\u202E", "\u2066B\u00fcrger\u2069\u0000", null,
                "\u200Bclara@example.org\u0085");
        assertEquals("Clara Bürger", claims.displayName());
        assertEquals("clara@example.org", claims.email());
    }
}
