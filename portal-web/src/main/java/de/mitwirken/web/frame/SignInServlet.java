package de.mitwirken.web.frame;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Anmelden": a protected address (web.xml), so the container first sends the visitor through Keycloak
 * (and {@link CallbackServlet} on to the page in "next"). Someone already signed in goes there directly.
 */
@WebServlet(value = SignInServlet.PATH, loadOnStartup = 1)
public class SignInServlet extends PortalServlet {

    static final String PATH = "/signin";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + LocalPath.parseOrHome(request.getParameter("next")));
    }
}
