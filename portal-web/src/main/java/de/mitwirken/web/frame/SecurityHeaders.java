package de.mitwirken.web.frame;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;

/**
 * The portal's security headers, one set for every response. Scripts are governed by PrimeFaces' CSP mode
 * (primefaces.CSP in web.xml: script-src 'self' plus a per-request nonce on every JSF page, no inline
 * handlers); the policy here is a second one for everything else a page may load or do. Browsers enforce both.
 */
public final class SecurityHeaders {

    private final Map<String, String> headers;

    private SecurityHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    /** Sign-out posts to the portal, which redirects to the identity provider: form-action must allow both. */
    public static SecurityHeaders forProvider(String providerUri) {
        if (providerUri == null || providerUri.isBlank()) {
            throw new IllegalArgumentException("oidc.provider.uri is not set");
        }
        URI provider = URI.create(providerUri.strip());
        if (provider.getScheme() == null || provider.getRawAuthority() == null) {
            throw new IllegalArgumentException("oidc.provider.uri is not an absolute URL: " + providerUri);
        }
        String providerOrigin = provider.getScheme() + "://" + provider.getRawAuthority();
        String policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                + " base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + providerOrigin;
        return new SecurityHeaders(Map.of(
                "Content-Security-Policy", policy,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", "geolocation=(), microphone=(), camera=(self)",
                "Cross-Origin-Opener-Policy", "same-origin"));
    }

    /**
     * Sets every header (set, not add: applying twice, as the sign-in mechanism and the filter both do, gives
     * one of each; PrimeFaces adds its own nonce policy after this one).
     */
    public void apply(HttpServletResponse response, boolean secure) {
        headers.forEach(response::setHeader);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    public Map<String, String> headers() {
        return headers;
    }
}
