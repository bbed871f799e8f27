package de.mitwirken.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers ({@link SecurityHeaders}) on every response the portal's pages and servlets give, error pages
 * included (mapped to the REQUEST and ERROR dispatchers, first, in web.xml). Needs nothing injected: the headers
 * come from the {@link FrontDoor}, and the filter reports there that it has started, which readiness requires.
 * Responses that the sign-in mechanism gives before any filter runs get the same headers from
 * {@link ReturnToPageMechanism}.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private transient SecurityHeaders headers;

    @Override
    public void init() throws ServletException {
        FrontDoor door = FrontDoor.of(getServletContext())
                .orElseThrow(() -> new UnavailableException("the portal's front door was not opened"));
        headers = door.headers();
        door.headersFilterStarted();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(response, request.isSecure());
        chain.doFilter(request, response);
    }
}
