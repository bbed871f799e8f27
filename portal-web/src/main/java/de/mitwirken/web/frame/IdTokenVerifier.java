package de.mitwirken.web.frame;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Checks an ID token as OpenID Connect Core 1.0 (section 3.1.3.7) asks of a confidential client: an RSA signature
 * by one of the provider's keys (the key set is fetched again once when the token names a key it does not hold:
 * Keycloak rotated its keys), the issuer, this client as audience (and as authorised party where the token names
 * one), not expired and not issued in the future (a minute of clock skew either way) and the nonce of this
 * sign-in. Keycloak signs with RS256 by default; "none" and shared-secret algorithms are refused.
 */
final class IdTokenVerifier {

    /** The provider's signing keys: as known, and fetched anew. */
    interface Keys {
        JWKSet current() throws SignInFailure;

        JWKSet refreshed() throws SignInFailure;
    }

    static final Duration SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String clientId;
    private final Keys keys;
    private final Clock clock;

    IdTokenVerifier(String issuer, String clientId, Keys keys, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
        this.clock = clock;
    }

    JWTClaimsSet verify(String idToken, String expectedNonce) throws SignInFailure {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new SignInFailure("the ID token is not a signed JWT");
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!JWSAlgorithm.Family.RSA.contains(algorithm)) {
            throw new SignInFailure("the ID token is signed with " + algorithm + ", not with RSA");
        }
        RSAKey key = key(jwt.getHeader().getKeyID())
                .orElseThrow(() -> new SignInFailure("no key of the provider has the ID token's key id"));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new SignInFailure("the ID token's signature is not the provider's");
            }
        } catch (JOSEException e) {
            throw new SignInFailure("the ID token's signature could not be checked", e);
        }
        checkClaims(claims, expectedNonce);
        return claims;
    }

    private Optional<RSAKey> key(String keyId) throws SignInFailure {
        Optional<RSAKey> known = find(keys.current(), keyId);
        return known.isPresent() ? known : find(keys.refreshed(), keyId);
    }

    private static Optional<RSAKey> find(JWKSet set, String keyId) {
        List<JWK> candidates = set.getKeys().stream()
                .filter(key -> key instanceof RSAKey)
                .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                .filter(key -> keyId == null || keyId.equals(key.getKeyID()))
                .toList();
        // without a key id only an unambiguous key will do
        return candidates.size() == 1 || (keyId != null && !candidates.isEmpty())
                ? Optional.of((RSAKey) candidates.get(0)) : Optional.empty();
    }

    private void checkClaims(JWTClaimsSet claims, String expectedNonce) throws SignInFailure {
        if (!issuer.equals(claims.getIssuer())) {
            throw new SignInFailure("the ID token's issuer is " + claims.getIssuer() + ", not " + issuer);
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new SignInFailure("the ID token is not meant for this client (audience " + audience + ")");
        }
        Object authorisedParty = claims.getClaim("azp");
        if ((audience.size() > 1 || authorisedParty != null) && !clientId.equals(authorisedParty)) {
            throw new SignInFailure("the ID token's authorised party is " + authorisedParty + ", not this client");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new SignInFailure("the ID token names no subject");
        }
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(SKEW))) {
            throw new SignInFailure("the ID token has expired");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plus(SKEW))) {
            throw new SignInFailure("the ID token was issued in the future");
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String text) || !MessageDigest.isEqual(text.getBytes(StandardCharsets.UTF_8),
                expectedNonce.getBytes(StandardCharsets.UTF_8))) {
            throw new SignInFailure("the ID token does not carry this sign-in's nonce");
        }
    }
}
