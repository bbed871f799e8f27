package de.mitwirken.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * "Abmelden": ends the portal session and, through RP-initiated logout, the Keycloak session too: the browser goes
 * to Keycloak's end-session endpoint with the session's ID token as id_token_hint and comes back to the home page
 * ({@link OpenIdSignIn#signOutAddress}). A POST with the session's CSRF token, so no other site can sign a person
 * out.
 */
@WebServlet(value = "/signout", loadOnStartup = 1)
public class SignOutServlet extends PortalServlet {

    @Inject
    OpenIdSignIn openId;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getSession(false) == null || request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<String> keycloak = openId.signOutAddress(request); // before the session with the ID token ends
        request.logout();
        HttpSession remaining = request.getSession(false);
        if (remaining != null) {
            try {
                remaining.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile by a parallel request
            }
        }
        response.sendRedirect(keycloak.orElse(request.getContextPath() + "/"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a bookmarked or typed sign-out address: nothing is changed by GET, so just go home
        response.sendRedirect(request.getContextPath() + "/");
    }
}
