package de.mitwirken.web.frame;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keycloak sends the browser here with the authorisation code. The OpenID Connect mechanism has
 * exchanged it for tokens before this servlet runs; the servlet then sends the person to the page
 * they wanted (see {@link ReturnToPageMechanism}), or home.
 */
@WebServlet(value = CallbackServlet.PATH, loadOnStartup = 1)
public class CallbackServlet extends PortalServlet {

    static final String PATH = "/Callback";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ReturnCookie.take(request, response));
    }
}
