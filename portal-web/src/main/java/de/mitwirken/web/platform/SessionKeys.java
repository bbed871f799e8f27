package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The few things the portal keeps in an HTTP session. Visitors have no session at all. */
public final class SessionKeys {

    static final String USER = "mitwirken.user";
    static final String CSRF = "mitwirken.csrf";

    private SessionKeys() {
    }

    public static Optional<SignedInUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(USER));
    }

    static void rememberUser(HttpServletRequest request, SignedInUser user) {
        request.getSession().setAttribute(USER, user);
    }
}
