package de.mitwirken.web.frame;

import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServlet;

/**
 * The base of every servlet of the portal: when the container starts it (all are load-on-startup), it must have
 * every injected dependency, or it stays unavailable (503) and readiness is DOWN ({@link FrontDoor}).
 */
public abstract class PortalServlet extends HttpServlet {

    @Override
    public void init() throws ServletException {
        FrontDoor door = FrontDoor.of(getServletContext())
                .orElseThrow(() -> new UnavailableException("the portal's front door was not opened"));
        door.admit(getServletName(), this);
    }
}
