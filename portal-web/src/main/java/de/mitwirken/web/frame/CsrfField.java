package de.mitwirken.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The value of {@code <mw:csrf/>}: the session's token for a signed-in person, empty for a guest (who has no
 * session, and must not get one from rendering a form). A component and not plain markup, so that AJAX calls
 * can name it in "process" and send it along.
 */
@Named
@RequestScoped
public class CsrfField {

    @Inject
    HttpServletRequest request;

    public String getToken() {
        HttpSession session = request.getSession(false);
        return session == null || SessionKeys.user(request).isEmpty() ? "" : CsrfToken.of(session);
    }

    /** The posted value was checked by {@link StatelessPostbacks} before the view was restored. */
    public void setToken(String ignored) {
        // nothing to keep
    }
}
