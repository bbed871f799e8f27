package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in is the portal's own OpenID Connect code flow with PKCE ({@link ReturnToPageMechanism},
 * {@link OpenIdSignIn}): Keycloak's realm roles arrive as the flat "groups" claim of the ID token (a protocol mapper
 * in the realm) and Payara maps each group to the application role of the same name.
 */
@DeclareRoles({Roles.CITIZEN, Roles.ORG_REPRESENTATIVE, Roles.BOARD_MEMBER, Roles.BOARD_CHAIR, Roles.MODERATOR,
        Roles.ORGANIZER, Roles.STRATEGY_OFFICE, Roles.ADMIN, Roles.EID_VERIFIED})
@ApplicationScoped
public class SecurityConfiguration {

    /** The ID token's claim with the person's realm roles (read by {@link SignInClaims}). */
    static final String GROUPS_CLAIM = "groups";

    /** The raw level of assurance of the person's last eID sign-in (realm mapper "eID level of assurance"). */
    static final String LEVEL_OF_ASSURANCE_CLAIM = "eid_loa";
}
