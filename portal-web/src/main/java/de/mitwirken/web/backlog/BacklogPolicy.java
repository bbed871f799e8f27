package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.BacklogPermissions;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** BacklogPermissions for the views, asked for the person signed in: pages name no role. */
@Named("backlogPolicy")
@RequestScoped
public class BacklogPolicy {

    @Inject
    CurrentUser currentUser;

    public boolean mayManage() {
        return BacklogPermissions.mayManage(currentUser::hasRole);
    }
}
