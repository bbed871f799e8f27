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

    /** Asked three times while the section renders: read once per request. */
    public boolean follows(long recommendationId) {
        return known.computeIfAbsent(recommendationId, id -> currentUser.user()
                .map(u -> following.isFollowing(u.subject(), id)).orElse(false));
    }

    private final java.util.Map<Long, Boolean> known = new java.util.HashMap<>();

    public FormResult getResult() {
        return result;
    }
}
