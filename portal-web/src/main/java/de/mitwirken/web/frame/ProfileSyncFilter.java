package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.IdentityClaims;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * After a sign-in, creates or refreshes the person's local profile once per session (the first
 * request that carries a principal but no profile yet). Visitors pass through untouched.
 */
@WebFilter(filterName = "ProfileSyncFilter", urlPatterns = "/*")
public class ProfileSyncFilter extends PortalFilter {

    @Inject
    IdentityFacade identity;

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && SessionKeys.user(request).isEmpty()) {
            OpenIdClaims claims = openIdContext.getClaims();
            IdentityClaims identityClaims = IdentityClaims.of(openIdContext.getSubject(),
                    claims.getPreferredUsername().orElse(request.getUserPrincipal().getName()),
                    claims.getGivenName().orElse(null), claims.getFamilyName().orElse(null),
                    claims.getName().orElse(null), claims.getEmail().orElse(null));
            SignedInUser user = identity.signIn(identityClaims, LanguageCookie.read(request).orElse(null));
            SessionKeys.rememberUser(request, user);
            // the groups as the ID token gave them (not asked back from the container, which may have lost them)
            SessionKeys.rememberCaller(request, new SessionKeys.Caller(request.getUserPrincipal().getName(),
                    Set.copyOf(openIdContext.getIdentityToken().getJwtClaims()
                            .getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM))));
        }
        chain.doFilter(request, response);
    }
}
