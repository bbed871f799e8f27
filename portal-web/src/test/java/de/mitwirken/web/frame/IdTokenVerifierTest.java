package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ID tokens signed with a key made here: only the provider's, for this client, fresh and with this nonce pass. */
class IdTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/mitwirken";
    private static final String CLIENT = "mitwirken-portal";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static RSAKey providerKey;
    private static RSAKey otherKey;
    private static RSAKey rotatedKey;

    private JWKSet published;
    private int fetches;

    @BeforeAll
    static void makeKeys() throws JOSEException {
        providerKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate(); // same key id, another key
        rotatedKey = new RSAKeyGenerator(2048).keyID("k2").generate();
    }

    private IdTokenVerifier verifier() {
        if (published == null) {
            published = new JWKSet(providerKey.toPublicJWK());
        }
        JWKSet firstSeen = published;
        return new IdTokenVerifier(ISSUER, CLIENT, new IdTokenVerifier.Keys() {
            @Override
            public JWKSet current() {
                return firstSeen;
            }

            @Override
            public JWKSet refreshed() {
                fetches++;
                return published;
            }
        }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("b7c1-subject")
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("azp", CLIENT).claim("nonce", NONCE).claim("preferred_username", "citizen")
                .claim("groups", List.of("citizen", "moderator"));
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void theProvidersTokenForThisSignInPasses() throws Exception {
        JWTClaimsSet verified = verifier().verify(signed(providerKey, claims().build()), NONCE);

        assertEquals("b7c1-subject", verified.getSubject());
        SignInClaims held = SignInClaims.of(verified, "the-token");
        assertEquals("citizen", held.preferredUsername().orElseThrow());
        assertEquals(java.util.Set.of("citizen", "moderator"), held.groups());
        assertEquals(NONCE, held.claim("nonce").orElseThrow());
        assertTrue(held.claim("eid_loa").isEmpty());
        assertEquals(0, fetches, "a known key is not fetched again");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        assertRefused(signed(otherKey, claims().build()), NONCE, "signature");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = signed(providerKey, claims().build()).split("\\.");
        String otherClaims = signed(providerKey, claims().subject("someone-else").build()).split("\\.")[1];
        assertRefused(parts[0] + "." + otherClaims + "." + parts[2], NONCE, "signature");
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        assertRefused(signed(providerKey, claims().issuer("http://localhost:8180/realms/other").build()), NONCE,
                "issuer");
    }

    @Test
    void anotherAudienceIsRefused() throws Exception {
        assertRefused(signed(providerKey, claims().audience("mitwirken-tests").claim("azp", "mitwirken-tests")
                .build()), NONCE, "audience");
        assertRefused(signed(providerKey, claims().audience(List.of(CLIENT, "account")).claim("azp", "account")
                .build()), NONCE, "authorised party");
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() throws Exception {
        assertRefused(signed(providerKey, claims().expirationTime(Date.from(NOW.minusSeconds(61))).build()), NONCE,
                "expired");
        verifier().verify(signed(providerKey, claims().expirationTime(Date.from(NOW.minusSeconds(30))).build()),
                NONCE);
        assertRefused(signed(providerKey, claims().issueTime(Date.from(NOW.plusSeconds(120))).build()), NONCE,
                "future");
    }

    @Test
    void anotherNonceOrNoneIsRefused() throws Exception {
        assertRefused(signed(providerKey, claims().build()), "another-nonce", "nonce");
        assertRefused(signed(providerKey, claims().claim("nonce", null).build()), NONCE, "nonce");
    }

    @Test
    void unsignedAndSharedSecretTokensAreRefused() throws Exception {
        assertRefused(new PlainJWT(claims().build()).serialize(), NONCE, "signed");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a shared secret of at least thirty-two bytes"));
        assertRefused(hmac.serialize(), NONCE, "RSA");
        assertRefused("not a token", NONCE, "signed");
    }

    @Test
    void aRotatedKeyIsFetchedOnceTheTokenNamesIt() throws Exception {
        published = new JWKSet(providerKey.toPublicJWK());
        IdTokenVerifier verifier = verifier();
        published = new JWKSet(List.of(providerKey.toPublicJWK(), rotatedKey.toPublicJWK()));

        verifier.verify(signed(rotatedKey, claims().build()), NONCE);

        assertEquals(1, fetches);
    }

    @Test
    void aKeyNobodyPublishedIsRefused() throws Exception {
        RSAKey unknown = new RSAKeyGenerator(2048).keyID("k9").generate();
        assertRefused(signed(unknown, claims().build()), NONCE, "key id");
        assertEquals(1, fetches, "asked Keycloak once for new keys");
    }

    private void assertRefused(String token, String nonce, String why) {
        SignInFailure failure = assertThrows(SignInFailure.class, () -> verifier().verify(token, nonce));
        assertTrue(failure.getMessage().contains(why), failure.getMessage());
    }
}
