package de.mitwirken.web.board;

import de.mitwirken.board.boundary.RecommendationFollowing;
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
 * Following a board recommendation from its public page: a plain POST with the session's CSRF token, then back
 * to the recommendation with a message (post-redirect-get), as following a backlog item does.
 */
@WebServlet(value = "/board/action", loadOnStartup = 1)
public class RecommendationActionServlet extends PortalServlet {

    @Inject
    RecommendationFollowing following;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        Long id = UrlParams.id(request.getParameter("recommendation"));
        if (user.isEmpty() || id == null) {
            response.sendRedirect(request.getContextPath() + "/board/index.xhtml");
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
                    following.followRecommendation(subject, id);
                    SessionKeys.leave(request, new FormResult("board.follow.done.following", false, null, null, null));
                }
                case "unfollow" -> {
                    following.unfollowRecommendation(subject, id);
                    SessionKeys.leave(request, new FormResult("board.follow.done.unfollowed", false, null, null, null));
                }
                default -> SessionKeys.leave(request, new FormResult("board.follow.error", true, "follow", null, null));
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            SessionKeys.leave(request, new FormResult("board.follow.error", true, "follow", null, null));
        }
        response.sendRedirect(request.getContextPath() + "/board/recommendation.xhtml?id=" + id + "#follow-recommendation");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter("recommendation"));
        response.sendRedirect(request.getContextPath() + (id == null ? "/board/index.xhtml"
                : "/board/recommendation.xhtml?id=" + id));
    }
}
