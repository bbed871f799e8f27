package de.mitwirken.platform.entity;

import java.util.Objects;

/**
 * What the identity provider tells us about a person at sign-in. Keycloak is the source of truth
 * for these values, so a profile takes them over at every sign-in.
 */
public record IdentityClaims(String subject, String username, String displayName, String email,
                             TrustLevel trustLevel, String levelOfAssurance) {

    static final int MAX_SUBJECT = 64;
    static final int MAX_TEXT = 255;
    static final int MAX_EMAIL = 320;
    static final int MAX_LEVEL = 40;

    /** A sign-in without anything about an eID (a password account that was never linked). */
    public IdentityClaims(String subject, String username, String displayName, String email) {
        this(subject, username, displayName, email, TrustLevel.UNVERIFIED, null);
    }

    public IdentityClaims {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("subject must have 1.." + MAX_SUBJECT + " characters");
        }
        // the username stays as given: it is compared with the caller's principal name
        username = clip(username == null || username.isBlank() ? subject : username.strip(), MAX_TEXT);
        // name and address are cleaned like typed text: the identity provider keeps what a person typed (issue #26)
        displayName = CleanText.line(displayName);
        displayName = clip(displayName.isEmpty() ? username : displayName, MAX_TEXT);
        email = CleanText.lineOrNull(email);
        email = email == null ? null : clip(email, MAX_EMAIL);
        trustLevel = trustLevel == null ? TrustLevel.UNVERIFIED : trustLevel;
        levelOfAssurance = CleanText.lineOrNull(levelOfAssurance);
        levelOfAssurance = levelOfAssurance == null ? null : clip(levelOfAssurance, MAX_LEVEL);
    }

    /** The same claims with what Keycloak says about an eID: its role {@code eid-verified} and the raw level. */
    public IdentityClaims withAssurance(boolean eidVerifiedRole, String level) {
        return new IdentityClaims(subject, username, displayName, email, TrustLevel.of(eidVerifiedRole, level), level);
    }

    /** Builds the display name from given and family name as Keycloak sends them. */
    public static IdentityClaims of(String subject, String username, String givenName, String familyName,
                                    String fullName, String email) {
        String name = fullName;
        if (name == null || name.isBlank()) {
            name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        }
        return new IdentityClaims(subject, username, name, email);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
