package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferencePermissions;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** ConferencePermissions for the views, asked for the person signed in: pages name no role. */
@Named("conferencePolicy")
@RequestScoped
public class ConferencePolicy {

    @Inject
    CurrentUser currentUser;

    /** The ways to an edition's door, figures, programme and settings. */
    public boolean mayOrganise() {
        return ConferencePermissions.mayOrganise(currentUser::hasRole);
    }
}
