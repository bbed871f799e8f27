package de.mitwirken.web.reporting;

import de.mitwirken.reporting.boundary.ReportingPermissions;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** ReportingPermissions for the views, asked for the person signed in: pages name no role. */
@Named("reportingPolicy")
@RequestScoped
public class ReportingPolicy {

    @Inject
    CurrentUser currentUser;

    public boolean mayManage() {
        return ReportingPermissions.mayManage(currentUser::hasRole);
    }
}
