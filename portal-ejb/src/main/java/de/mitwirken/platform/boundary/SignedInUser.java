package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.UserProfile;
import java.io.Serializable;

/** What the web tier keeps about the signed-in person for the length of their session. */
public record SignedInUser(long profileId, String subject, String username, String displayName, String email,
                           Language language) implements Serializable {

    static SignedInUser of(UserProfile profile) {
        return new SignedInUser(profile.id(), profile.subject(), profile.username(), profile.displayName(),
                profile.email(), profile.language());
    }

    public SignedInUser withLanguage(Language preferred) {
        return new SignedInUser(profileId, subject, username, displayName, email, preferred);
    }
}
