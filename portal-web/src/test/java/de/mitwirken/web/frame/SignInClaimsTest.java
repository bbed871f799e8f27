package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a signed-in session holds of its sign-in is serialisable, and offers any plain claim by name. */
class SignInClaimsTest {

    @Test
    void plainClaimsByNameAndTheGroups() throws Exception {
        SignInClaims claims = SignInClaims.of(new JWTClaimsSet.Builder().subject("b7c1")
                .claim("preferred_username", "citizen").claim("email", "clara@example.org").claim("eid_loa", "high")
                .claim("email_verified", true).claim("groups", List.of("citizen", "eid-verified"))
                .expirationTime(new Date()).build(), "the-token");

        assertEquals("b7c1", claims.subject());
        assertEquals("high", claims.claim("eid_loa").orElseThrow());
        assertEquals("true", claims.claim("email_verified").orElseThrow());
        assertTrue(claims.claim("exp").isEmpty(), "dates are no plain claims");
        assertEquals(Set.of("citizen", "eid-verified"), claims.groups());
        assertFalse(claims.toString().contains("the-token"), "never the token in a log");
    }

    @Test
    void groupsThatAreNotNamesAreRefused() {
        assertThrows(SignInFailure.class, () -> SignInClaims.of(new JWTClaimsSet.Builder().subject("b7c1")
                .claim("groups", List.of(1, 2)).build(), "the-token"));
    }

    @Test
    void theSessionsSignInSurvivesSerialisation() throws Exception {
        SignInClaims claims = SignInClaims.of(new JWTClaimsSet.Builder().subject("b7c1")
                .claim("preferred_username", "citizen").claim("groups", List.of("citizen")).build(), "the-token");
        ArrayList<PendingSignIn> pending = new ArrayList<>(List.of(PendingSignIn.start(Instant.now())));
        SessionKeys.Caller caller = new SessionKeys.Caller("citizen", claims.groups());

        List<?> back = (List<?>) roundTrip(List.of(claims, pending, caller));

        SignInClaims claimsBack = (SignInClaims) back.get(0);
        assertEquals("citizen", claimsBack.preferredUsername().orElseThrow());
        assertEquals("the-token", claimsBack.idToken());
        assertEquals(pending, back.get(1));
        assertEquals(caller, back.get(2));
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
