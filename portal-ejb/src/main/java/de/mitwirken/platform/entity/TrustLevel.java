package de.mitwirken.platform.entity;

import java.util.Locale;
import java.util.Set;

/**
 * How sure the portal is who a person is (issue #26): {@link #VERIFIED} after a sign-in with an eID of level
 * "substantial" or "high" (BundID's STORK-QAA-Level-3/4), otherwise {@link #UNVERIFIED} (an e-mail address only).
 * Keycloak decides: it gives the role {@code eid-verified} and the claim {@code eid_loa} (docs/operations.md).
 */
public enum TrustLevel {
    UNVERIFIED,
    VERIFIED;

    /** The levels of assurance that verify; BundID sends the STORK names, other eIDAS providers the words. */
    private static final Set<String> VERIFYING = Set.of("stork-qaa-level-3", "stork-qaa-level-4", "substantial", "high");

    /**
     * The level a sign-in gives: the role is Keycloak's verdict (it stays on an account linked to an eID, also for
     * a later password sign-in, until a low-level eID sign-in takes it away); the raw level counts too, should a
     * provider's role mapping be missing.
     */
    public static TrustLevel of(boolean eidVerifiedRole, String levelOfAssurance) {
        return eidVerifiedRole || verifies(levelOfAssurance) ? VERIFIED : UNVERIFIED;
    }

    static boolean verifies(String levelOfAssurance) {
        return levelOfAssurance != null && VERIFYING.contains(levelOfAssurance.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isVerified() {
        return this == VERIFIED;
    }
}
