package de.mitwirken.web.frame;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * "Abmelden": ends the portal session and, through RP-initiated logout, the Keycloak session too
 * (the mechanism's @LogoutDefinition in {@link SecurityConfiguration}: Keycloak's end-session endpoint
 * with id_token_hint, back to the home page). A POST with the session's CSRF token, so no other site can
 * sign a person out.
 */
@WebServlet(value = "/signout", loadOnStartup = 1)
public class SignOutServlet extends PortalServlet {

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
        // Jakarta Security's logout reaches the OpenID Connect mechanism, which (per @LogoutDefinition)
        // redirects to Keycloak's end-session endpoint
        request.logout();
        HttpSession remaining = request.getSession(false);
        if (remaining != null) {
            try {
                remaining.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // the logout ended it already
            }
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a bookmarked or typed sign-out address: nothing is changed by GET, so just go home
        response.sendRedirect(request.getContextPath() + "/");
    }
}
