package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemFollowing;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.CsrfToken;
import de.mitwirken.web.frame.PortalServlet;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import de.mitwirken.web.frame.UrlParams;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Following a backlog item from its public page: a plain POST with the session's CSRF token, then back to the item
 * with a message (post-redirect-get), as the need page's forms do.
 */
@WebServlet(value = "/backlog/action", loadOnStartup = 1)
public class ItemActionServlet extends PortalServlet {

    @Inject
    ItemFollowing following;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        Long itemId = UrlParams.id(request.getParameter("item"));
        if (user.isEmpty() || itemId == null) {
            response.sendRedirect(request.getContextPath() + "/backlog/index.xhtml");
            return;
        }
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String subject = user.get().subject();
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "follow" -> {
                    following.followItem(subject, itemId);
                    SessionKeys.leave(request, new FormResult("backlog.follow.done.following", false, null, null, null));
                }
                case "unfollow" -> {
                    following.unfollowItem(subject, itemId);
                    SessionKeys.leave(request, new FormResult("backlog.follow.done.unfollowed", false, null, null, null));
                }
                default -> SessionKeys.leave(request, new FormResult("backlog.follow.error", true, "follow", null, null));
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            SessionKeys.leave(request, new FormResult("backlog.follow.error", true, "follow", null, null));
        }
        response.sendRedirect(request.getContextPath() + "/backlog/item.xhtml?id=" + itemId + "#follow-item");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long itemId = UrlParams.id(request.getParameter("item"));
        response.sendRedirect(request.getContextPath() + (itemId == null ? "/backlog/index.xhtml"
                : "/backlog/item.xhtml?id=" + itemId));
    }
}
