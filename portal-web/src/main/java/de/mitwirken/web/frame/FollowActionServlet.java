package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Following something from its public page (a backlog item, a board recommendation): a plain POST with the
 * session's CSRF token, then back to the page with a message (post-redirect-get), as the need page's forms do.
 * A capability names its parameter, its pages, its message keys and its two use cases.
 */
public abstract class FollowActionServlet extends PortalServlet {

    /** The messages after following, after unfollowing, and when it failed. */
    public record Messages(String following, String unfollowed, String error) {
    }

    /** The request parameter that carries the followed object's id. */
    protected abstract String parameter();

    /** Where a request without a (valid) id goes. */
    protected abstract String listPage();

    /** The object's public page, with the anchor of its follow section. */
    protected abstract String page(long id);

    protected abstract Messages messages();

    protected abstract void follow(String subject, long id);

    protected abstract void unfollow(String subject, long id);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        Long id = UrlParams.id(request.getParameter(parameter()));
        if (user.isEmpty() || id == null) {
            response.sendRedirect(request.getContextPath() + listPage());
            return;
        }
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String subject = user.get().subject();
        Messages messages = messages();
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "follow" -> {
                    follow(subject, id);
                    SessionKeys.leave(request, new FormResult(messages.following(), false, null, null, null));
                }
                case "unfollow" -> {
                    unfollow(subject, id);
                    SessionKeys.leave(request, new FormResult(messages.unfollowed(), false, null, null, null));
                }
                default -> SessionKeys.leave(request, new FormResult(messages.error(), true, "follow", null, null));
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            SessionKeys.leave(request, new FormResult(messages.error(), true, "follow", null, null));
        }
        response.sendRedirect(request.getContextPath() + page(id));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter(parameter()));
        String target = id == null ? listPage() : page(id);
        int anchor = target.indexOf('#');
        response.sendRedirect(request.getContextPath() + (anchor < 0 ? target : target.substring(0, anchor)));
    }
}
