package de.mitwirken.web.frame;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A per-session secret for plain HTML forms outside JSF and for the stateless JSF forms ({@link
 * StatelessPostbacks}); stateful JSF forms are protected by their view state. Only signed-in people have a
 * session, and only they can post such forms.
 */
public final class CsrfToken {

    public static final String PARAMETER = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SessionKeys.CSRF);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SessionKeys.CSRF, token);
            }
            return token;
        }
    }

    public static boolean isValid(HttpServletRequest request) {
        return matches(request.getSession(false), request.getParameter(PARAMETER));
    }

    /** Whether {@code sent} is the session's token (false without a session, a token or a sent value). */
    static boolean matches(HttpSession session, String sent) {
        if (session == null || sent == null) {
            return false;
        }
        String expected = (String) session.getAttribute(SessionKeys.CSRF);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
