package de.mitwirken.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are rendered as fresh GET views: the failed request's parameters (a broken or forged
 * postback, a view state that no longer exists) must not make the error page fail as well.
 * Mapped to the ERROR dispatcher of /error/* in web.xml.
 */
@WebFilter(filterName = "ErrorDispatchFilter")
public class ErrorDispatchFilter extends PortalFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isClientError((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.emptyMap();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }

    /** An expired or forged view, a missing CSP nonce: the request was wrong, the server is fine (400). */
    static boolean isClientError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.faces.application.ViewExpiredException") || name.equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
