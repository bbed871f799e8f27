package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in person who has not accepted the current privacy text is asked first (again, after the text
 * changed). Legal pages, sign-out and static resources stay reachable. Runs after ProfileSyncFilter.
 */
@WebFilter(filterName = "ConsentFilter", urlPatterns = "/*")
public class ConsentFilter extends PortalFilter {

    static final String CONSENT_PAGE = "/platform/consent.xhtml";
    private static final List<String> ALWAYS_OPEN = List.of(CONSENT_PAGE, "/signout", "/signin", "/language",
            "/Callback", "/jakarta.faces.resource/", "/platform/privacy.xhtml", "/platform/imprint.xhtml",
            "/platform/accessibility.xhtml", "/platform/contact.xhtml", "/error/", "/health");

    @Inject
    DataProtection dataProtection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        if (user.isPresent() && !SessionKeys.consentChecked(request) && !alwaysOpen(request)) {
            if (dataProtection.missingConsents(user.get().subject()).isEmpty()) {
                SessionKeys.rememberConsentChecked(request);
            } else {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
                response.sendRedirect(request.getContextPath() + CONSENT_PAGE + "?next="
                        + URLEncoder.encode(LocalPath.parseOrHome(next), StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean alwaysOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }
}
