package de.mitwirken.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers ({@link SecurityHeaders}) on every response the portal's pages and servlets give, error pages
 * included (mapped to the REQUEST and ERROR dispatchers, first, in web.xml). Needs nothing injected: the headers
 * come from the {@link FrontDoor}, and the filter reports there that it has started, which readiness requires.
 * Responses that the sign-in mechanism gives before any filter runs get the same headers from
 * {@link ReturnToPageMechanism}. The rest of the chain sees a response that keeps one policy header and, behind a
 * TLS-terminating proxy that says so, a request that is secure (so that every cookie set from it is Secure).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private transient FrontDoor door;

    @Override
    public void init() throws ServletException {
        door = FrontDoor.of(getServletContext())
                .orElseThrow(() -> new UnavailableException("the portal's front door was not opened"));
        door.headersFilterStarted();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean https = door.isHttps(request);
        door.headers().apply(response, https);
        HttpServletRequest seen = https && !request.isSecure() ? new HttpServletRequestWrapper(request) {
            @Override
            public boolean isSecure() {
                return true;
            }
        } : request;
        chain.doFilter(seen, door.headers().oneFor(response));
    }
}
