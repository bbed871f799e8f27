package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with the standard OpenID Connect mechanism of Jakarta Security.
 * Keycloak's realm roles arrive as the flat "groups" claim (a protocol mapper in the realm) and
 * Payara maps each group to the application role of the same name.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${oidcConfig.redirectUri}",
        redirectToOriginalResource = false, // see ReturnToPageMechanism
        scope = {"openid", "email", "profile"},
        // only ${baseURL} is expanded here (no EL in this attribute in Payara 6)
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = SecurityConfiguration.GROUPS_CLAIM))
@DeclareRoles({Roles.CITIZEN, Roles.ORG_REPRESENTATIVE, Roles.BOARD_MEMBER, Roles.BOARD_CHAIR, Roles.MODERATOR,
        Roles.ORGANIZER, Roles.STRATEGY_OFFICE, Roles.ADMIN, Roles.EID_VERIFIED})
@ApplicationScoped
public class SecurityConfiguration {

    /** The ID token's claim with the person's realm roles (also read by {@link ProfileSyncFilter}). */
    static final String GROUPS_CLAIM = "groups";

    /** The raw level of assurance of the person's last eID sign-in (realm mapper "eID level of assurance"). */
    static final String LEVEL_OF_ASSURANCE_CLAIM = "eid_loa";
}
