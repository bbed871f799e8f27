package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The few things the portal keeps in an HTTP session. Visitors have no session at all. */
public final class SessionKeys {

    static final String USER = "mitwirken.user";
    static final String CSRF = "mitwirken.csrf";
    static final String CONSENT_CHECKED = "mitwirken.consent-checked";

    private SessionKeys() {
    }

    public static Optional<SignedInUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(USER));
    }

    static void rememberUser(HttpServletRequest request, SignedInUser user) {
        request.getSession().setAttribute(USER, user);
    }

    static boolean consentChecked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONSENT_CHECKED) != null;
    }

    static void rememberConsentChecked(HttpServletRequest request) {
        request.getSession().setAttribute(CONSENT_CHECKED, Boolean.TRUE);
    }
}
