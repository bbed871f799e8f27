package de.mitwirken.web.frame;

import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpFilter;

/**
 * The base of the portal's filters that need injected dependencies: started without them, the filter fails its
 * start and readiness is DOWN ({@link FrontDoor}).
 */
public abstract class PortalFilter extends HttpFilter {

    @Override
    public void init() throws ServletException {
        FrontDoor door = FrontDoor.of(getServletContext())
                .orElseThrow(() -> new UnavailableException("the portal's front door was not opened"));
        door.admit(getFilterName(), this);
    }
}
