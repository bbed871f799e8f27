package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.PlatformPermissions;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** PlatformPermissions on organisations for the views, asked for the person signed in: pages name no role. */
@Named("organisationsPolicy")
@RequestScoped
public class OrganisationsPolicy {

    @Inject
    CurrentUser currentUser;

    /** The office's list of requests and representatives, and the proofs. */
    public boolean mayVerify() {
        return PlatformPermissions.mayVerifyOrganisations(currentUser::hasRole);
    }
}
