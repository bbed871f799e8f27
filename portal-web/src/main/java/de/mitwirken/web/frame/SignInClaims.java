package de.mitwirken.web.frame;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.Serializable;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verified ID token of this session's sign-in: its plain claims (texts, numbers, yes/no; read with
 * {@link #claim}), the groups (realm roles) and the token itself for the sign-out ({@code id_token_hint}). Kept in
 * the session ({@link SessionKeys#claims}); serialisable, as everything the session holds.
 */
final class SignInClaims implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final Map<String, String> claims;
    private final Set<String> groups;
    private final String idToken;

    private SignInClaims(String subject, Map<String, String> claims, Set<String> groups, String idToken) {
        this.subject = subject;
        this.claims = claims;
        this.groups = groups;
        this.idToken = idToken;
    }

    /** From a token {@link IdTokenVerifier} has checked; a "groups" claim that is not a list of texts is refused. */
    static SignInClaims of(JWTClaimsSet verified, String idToken) throws SignInFailure {
        Map<String, String> plain = new HashMap<>();
        verified.getClaims().forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                plain.put(name, value.toString());
            }
        });
        List<String> groups;
        try {
            groups = verified.getStringListClaim(SecurityConfiguration.GROUPS_CLAIM);
        } catch (ParseException e) {
            throw new SignInFailure("the ID token's groups are not a list of names");
        }
        return new SignInClaims(verified.getSubject(), Map.copyOf(plain),
                groups == null ? Set.of() : Set.copyOf(groups), idToken);
    }

    String subject() {
        return subject;
    }

    /** Any plain claim of the ID token by name, e.g. "email" or "eid_loa". */
    Optional<String> claim(String name) {
        return Optional.ofNullable(claims.get(name));
    }

    Optional<String> preferredUsername() {
        return claim("preferred_username");
    }

    Set<String> groups() {
        return groups;
    }

    String idToken() {
        return idToken;
    }

    @Override
    public String toString() {
        return "SignInClaims[" + subject + "]"; // never the token
    }
}
