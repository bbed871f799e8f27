package de.mitwirken.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every response. Scripts are governed by PrimeFaces' CSP mode (primefaces.CSP in
 * web.xml: script-src 'self' plus a per-request nonce on every JSF page, no inline handlers); this filter
 * adds a second policy for everything else a page may load or do. Browsers enforce both.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    OidcConfig oidc;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // sign-out posts to the portal, which redirects to Keycloak: form-action must allow both
        URI keycloak = URI.create(oidc.getProviderUri());
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                + " base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=(self)");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
