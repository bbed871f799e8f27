package de.mitwirken.web.board;

import de.mitwirken.board.boundary.RecommendationFollowing;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The "follow this recommendation" part of its public page: whether the signed-in person follows it, and the outcome. */
@Named
@RequestScoped
public class RecommendationFollowBean {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    RecommendationFollowing following;

    private FormResult result;

    @PostConstruct
    void load() {
        result = currentUser.isSignedIn() ? SessionKeys.take(request).orElse(null) : null;
    }

    public boolean follows(long recommendationId) {
        return currentUser.user().map(u -> following.isFollowing(u.subject(), recommendationId)).orElse(false);
    }

    public FormResult getResult() {
        return result;
    }
}
