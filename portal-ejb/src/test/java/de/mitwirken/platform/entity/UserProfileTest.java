package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserProfileTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-20T17:30:00Z");

    @Test
    void firstSignInTakesTheVisitorsLanguage() {
        UserProfile profile = UserProfile.firstSignIn(claims("Clara Bürger"), Language.EN, FIRST);
        assertEquals(Language.EN, profile.language());
        assertEquals(FIRST, profile.createdAt());
        assertEquals(FIRST, profile.lastSignInAt());
    }

    @Test
    void firstSignInWithoutAKnownLanguageIsGerman() {
        assertEquals(Language.DE, UserProfile.firstSignIn(claims("Clara"), null, FIRST).language());
    }

    @Test
    void laterSignInTakesOverKeycloaksNameButKeepsTheLanguagePreference() {
        UserProfile profile = UserProfile.firstSignIn(claims("Clara Bürger"), Language.DE, FIRST);
        profile.preferLanguage(Language.EN);
        profile.signedInAgain(claims("Clara Neumann"), LATER);
        assertEquals("Clara Neumann", profile.displayName());
        assertEquals(Language.EN, profile.language());
        assertEquals(FIRST, profile.createdAt());
        assertEquals(LATER, profile.lastSignInAt());
    }

    @Test
    void refusesClaimsOfAnotherPerson() {
        UserProfile profile = UserProfile.firstSignIn(claims("Clara"), Language.DE, FIRST);
        IdentityClaims other = new IdentityClaims("someone-else", "x", "X", null);
        assertThrows(IllegalArgumentException.class, () -> profile.signedInAgain(other, LATER));
    }

    private static IdentityClaims claims(String name) {
        return new IdentityClaims("f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "clara", name, "clara@example.org");
    }
}
