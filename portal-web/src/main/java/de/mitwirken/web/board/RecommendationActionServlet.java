package de.mitwirken.web.board;

import de.mitwirken.board.boundary.RecommendationFollowing;
import de.mitwirken.web.frame.FollowActionServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Following a board recommendation from its public page (see {@link FollowActionServlet}). */
@WebServlet(value = "/board/action", loadOnStartup = 1)
public class RecommendationActionServlet extends FollowActionServlet {

    private static final Messages MESSAGES = new Messages("board.follow.done.following", "board.follow.done.unfollowed",
            "board.follow.error");

    @Inject
    RecommendationFollowing following;

    @Override
    protected String parameter() {
        return "recommendation";
    }

    @Override
    protected String listPage() {
        return "/board/index.xhtml";
    }

    @Override
    protected String page(long id) {
        return "/board/recommendation.xhtml?id=" + id + "#follow-recommendation";
    }

    @Override
    protected Messages messages() {
        return MESSAGES;
    }

    @Override
    protected void follow(String subject, long id) {
        following.followRecommendation(subject, id);
    }

    @Override
    protected void unfollow(String subject, long id) {
        following.unfollowRecommendation(subject, id);
    }
}
