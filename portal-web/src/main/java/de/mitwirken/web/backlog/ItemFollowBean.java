package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemFollowing;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The "follow this item" part of a public item page: whether the signed-in person follows it, and the outcome. */
@Named
@RequestScoped
public class ItemFollowBean {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemFollowing following;

    private FormResult result;

    @PostConstruct
    void load() {
        result = currentUser.isSignedIn() ? SessionKeys.take(request).orElse(null) : null;
    }

    public boolean follows(long itemId) {
        return currentUser.user().map(u -> following.isFollowing(u.subject(), itemId)).orElse(false);
    }

    public FormResult getResult() {
        return result;
    }
}
