package de.mitwirken.web.frame;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The portal's security headers, one set for every response, with ONE Content-Security-Policy (issue #26): its
 * script-src is 'self' plus, on a JSF page, the page's nonce (PrimeFaces' CSP mode, primefaces.CSP in web.xml) or,
 * on a copy from the page cache, the hashes of its inline scripts; never 'unsafe-inline'. PrimeFaces and the page
 * cache announce their sources as a policy header of their own; {@link #oneFor} merges it into the one policy.
 */
public final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    /** Only sources that name one script: a nonce or a hash (never a keyword such as 'unsafe-inline'). */
    private static final Pattern SCRIPT_SOURCE = Pattern.compile("'(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+'");

    private final Map<String, String> headers;
    private final String providerOrigin;

    private SecurityHeaders(Map<String, String> headers, String providerOrigin) {
        this.headers = headers;
        this.providerOrigin = providerOrigin;
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CSP, policy(providerOrigin, List.of()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "geolocation=(), microphone=(), camera=(self)");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return new SecurityHeaders(Map.copyOf(headers), providerOrigin);
    }

    private static String policy(String providerOrigin, List<String> scriptSources) {
        StringBuilder scripts = new StringBuilder("script-src 'self'");
        scriptSources.forEach(source -> scripts.append(' ').append(source));
        // styles: PrimeFaces and the portal's pages set style attributes; inline styles cannot run code
        return "default-src 'self'; " + scripts + "; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                + " base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + providerOrigin;
    }

    /** The one policy with the nonces and hashes that another policy (PrimeFaces', the page cache's) allows. */
    String policyWithScriptsOf(String other) {
        List<String> sources = new ArrayList<>();
        if (other != null) {
            for (String directive : other.split(";")) {
                String[] words = directive.strip().split("\\s+");
                if (words.length > 1 && words[0].equalsIgnoreCase("script-src")) {
                    for (int i = 1; i < words.length; i++) {
                        if (SCRIPT_SOURCE.matcher(words[i]).matches() && !sources.contains(words[i])) {
                            sources.add(words[i]);
                        }
                    }
                }
            }
        }
        return policy(providerOrigin, sources);
    }

    /**
     * Sets every header (set, not add: applying twice, as the sign-in mechanism and the filter both do, gives
     * one of each). HSTS only when the request came over HTTPS ({@link FrontDoor#isHttps}).
     */
    public void apply(HttpServletResponse response, boolean https) {
        headers.forEach(response::setHeader);
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * The response as the rest of the chain sees it: a policy header that PrimeFaces or the page cache set or add
     * is not sent as a second policy but merged into the one ({@link #policyWithScriptsOf}).
     */
    HttpServletResponse oneFor(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(CSP, policyWithScriptsOf(value));
                } else {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(CSP, policyWithScriptsOf(value));
                } else {
                    super.addHeader(name, value);
                }
            }
        };
    }

    public Map<String, String> headers() {
        return headers;
    }
}
