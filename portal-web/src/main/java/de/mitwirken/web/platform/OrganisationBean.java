package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.OrganisationViews.OrganisationView;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public page of a verified organisation (?id=); its contributions come from the capabilities' fragments. */
@Named
@RequestScoped
public class OrganisationBean {

    @Inject
    Organisations organisations;

    private OrganisationView organisation;
    private boolean loaded;

    /** The organisation the address names; 404 when there is none. */
    public OrganisationView getOrganisation() {
        if (!loaded) {
            loaded = true;
            organisation = Pages.byIdOr404("id", organisations::organisation);
        }
        return organisation;
    }
}
