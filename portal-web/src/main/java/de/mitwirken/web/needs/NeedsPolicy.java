package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedsPermissions;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** NeedsPermissions for the views, asked for the person signed in: pages name no role. */
@Named("needsPolicy")
@RequestScoped
public class NeedsPolicy {

    @Inject
    CurrentUser currentUser;

    /** The moderation actions on a need's moderation page. */
    public boolean mayModerate() {
        return NeedsPermissions.mayModerate(currentUser::hasRole);
    }

    /** The way from a need to its moderation page, where the answer is written. */
    public boolean mayAnswer() {
        return NeedsPermissions.mayAnswer(currentUser::hasRole);
    }

    public boolean mayManageCatalogue() {
        return NeedsPermissions.mayManageCatalogue(currentUser::hasRole);
    }
}
