package de.mitwirken.web.frame;

import java.util.Optional;
import jakarta.servlet.http.HttpSession;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.platform.boundary.RoleChanges;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.IdentityClaims;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * After a sign-in, creates or refreshes the person's local profile once per session (the first
 * request that carries a principal but no profile yet). Visitors pass through untouched. A session that carries
 * a role which was taken away in Keycloak after its sign-in (a board membership that ended) ends at its next
 * request, which then signs in afresh (Keycloak's single sign-on) with tokens that no longer hold the role.
 */
@WebFilter(filterName = "ProfileSyncFilter", urlPatterns = "/*")
public class ProfileSyncFilter extends PortalFilter {

    @Inject
    IdentityFacade identity;

    @Inject
    RoleChanges roleChanges;

    /**
     * Roles that end with a membership, a term or a representation (an organisation's representative withdrawn):
     * only sessions holding one are checked (a query per request).
     */
    static final Set<String> REVOCABLE = Set.of(Roles.BOARD_MEMBER, Roles.BOARD_CHAIR, Roles.ORG_REPRESENTATIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && SessionKeys.user(request).isEmpty()) {
            Optional<SignInClaims> signIn = SessionKeys.claims(request);
            if (signIn.isEmpty()) {
                // a caller without the ID token of its sign-in (never left so by OpenIdSignIn): sign in afresh
                signInAgain(request, response);
                return;
            }
            SignInClaims claims = signIn.get();
            IdentityClaims identityClaims = IdentityClaims.of(claims.subject(),
                    claims.preferredUsername().orElse(request.getUserPrincipal().getName()),
                    claims.claim("given_name").orElse(null), claims.claim("family_name").orElse(null),
                    claims.claim("name").orElse(null), claims.claim("email").orElse(null))
                    // the trust level (issue #26): Keycloak's role and the eID's raw level, both in the ID token
                    .withAssurance(claims.groups().contains(Roles.EID_VERIFIED),
                            claims.claim(SecurityConfiguration.LEVEL_OF_ASSURANCE_CLAIM).orElse(null));
            SignedInUser user = identity.signIn(identityClaims, LanguageCookie.read(request).orElse(null));
            SessionKeys.rememberUser(request, user);
        }
        if (request.getUserPrincipal() != null && stale(request)) {
            signInAgain(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Ends the portal's session (not Keycloak's) and asks again; where the page needs a role, Keycloak signs in. */
    private static void signInAgain(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        // a page is asked again (and signs in afresh where it needs a role); a form post is not replayed
        String again = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect("GET".equals(request.getMethod()) ? again : request.getContextPath() + "/");
    }

    /** Whether a role this session carries was revoked after its sign-in (pages and calls; not their resources). */
    private boolean stale(HttpServletRequest request) {
        if (request.getRequestURI().contains("/jakarta.faces.resource/")) {
            return false; // a page's scripts and styles: its page asked already
        }
        Optional<SessionKeys.Caller> caller = SessionKeys.caller(request);
        Optional<SignedInUser> user = SessionKeys.user(request);
        if (caller.isEmpty() || user.isEmpty() || caller.get().groups().stream().noneMatch(REVOCABLE::contains)) {
            return false;
        }
        Set<String> revoked = roleChanges.revokedSince(user.get().subject(), caller.get().signedInAt());
        return caller.get().groups().stream().anyMatch(revoked::contains);
    }
}
