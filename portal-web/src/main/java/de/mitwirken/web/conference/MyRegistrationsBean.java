package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.RegistrationView;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person's conference registrations, each leading to its personal page. */
@Named
@RequestScoped
public class MyRegistrationsBean {

    @Inject
    ConferenceRegistration registrations;
    @Inject
    CurrentUser currentUser;

    private List<RegistrationView> registrationList;

    @PostConstruct
    void init() {
        registrationList = registrations.myRegistrations(currentUser.user().orElseThrow().subject());
    }

    public List<RegistrationView> getRegistrations() {
        return registrationList;
    }
}
