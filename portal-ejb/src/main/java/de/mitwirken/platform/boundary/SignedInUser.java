package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.TrustLevel;
import de.mitwirken.platform.entity.UserProfile;
import java.io.Serializable;

/** What the web tier keeps about the signed-in person for the length of their session. */
public record SignedInUser(long profileId, String subject, String username, String displayName, String email,
                           Language language, TrustLevel trustLevel) implements Serializable {

    public SignedInUser(long profileId, String subject, String username, String displayName, String email,
                        Language language) {
        this(profileId, subject, username, displayName, email, language, TrustLevel.UNVERIFIED);
    }

    static SignedInUser of(UserProfile profile) {
        return new SignedInUser(profile.id(), profile.subject(), profile.username(), profile.displayName(),
                profile.email(), profile.language(), profile.trustLevel());
    }

    public SignedInUser withLanguage(Language preferred) {
        return new SignedInUser(profileId, subject, username, displayName, email, preferred, trustLevel);
    }

    public boolean verified() {
        return trustLevel != null && trustLevel.isVerified();
    }
}
