package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemFollowing;
import de.mitwirken.web.frame.FollowActionServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Following a backlog item from its public page: a plain POST with the session's CSRF token, then back to the item
 * with a message (post-redirect-get; see {@link FollowActionServlet}).
 */
@WebServlet(value = "/backlog/action", loadOnStartup = 1)
public class ItemActionServlet extends FollowActionServlet {

    private static final Messages MESSAGES = new Messages("backlog.follow.done.following",
            "backlog.follow.done.unfollowed", "backlog.follow.error");

    @Inject
    ItemFollowing following;

    @Override
    protected String parameter() {
        return "item";
    }

    @Override
    protected String listPage() {
        return "/backlog/index.xhtml";
    }

    @Override
    protected String page(long id) {
        return "/backlog/item.xhtml?id=" + id + "#follow-item";
    }

    @Override
    protected Messages messages() {
        return MESSAGES;
    }

    @Override
    protected void follow(String subject, long id) {
        following.followItem(subject, id);
    }

    @Override
    protected void unfollow(String subject, long id) {
        following.unfollowItem(subject, id);
    }
}
