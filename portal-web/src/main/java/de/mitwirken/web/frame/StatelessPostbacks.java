package de.mitwirken.web.frame;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The CSRF guard of stateless forms. A form on a transient view (template parameter "statelessForm") keeps no
 * view state in the session, so the view state no longer proves that the post came from the portal's own
 * page. For a signed-in person such a post must carry the session's {@link CsrfToken} ({@code <mw:csrf/>}, sent
 * as "form:csrf", also by AJAX calls that name it in "process"); without it the request ends with 403 before
 * any value reaches a bean. A guest has no session and so no ambient authority a forged post could borrow.
 * <p>
 * The check keys on the posted view state "stateless", not on the page: a stateful page posted with a forged
 * "stateless" is held to the same rule.
 */
public class StatelessPostbacks implements PhaseListener {

    static final String STATELESS = "stateless";
    static final String FIELD = ":" + CsrfToken.PARAMETER;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Map<String, String> params = external.getRequestParameterMap();
        if (!refused(params, request)) {
            return;
        }
        try {
            ((HttpServletResponse) external.getResponse()).sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // the decision is made before the view is restored: nothing of a refused post is even built
    }

    /** A stateless post of a signed-in person without the session's token. */
    static boolean refused(Map<String, String> params, HttpServletRequest request) {
        if (!STATELESS.equals(params.get(ResponseStateManager.VIEW_STATE_PARAM))
                || SessionKeys.user(request).isEmpty()) {
            return false;
        }
        return !CsrfToken.matches(request.getSession(false), sentToken(params).orElse(null));
    }

    private static Optional<String> sentToken(Map<String, String> params) {
        return params.entrySet().stream()
                .filter(e -> e.getKey().equals(CsrfToken.PARAMETER) || e.getKey().endsWith(FIELD))
                .map(Map.Entry::getValue).findFirst();
    }
}
