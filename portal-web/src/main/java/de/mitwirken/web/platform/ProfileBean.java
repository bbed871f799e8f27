package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.entity.MailMode;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Mein Profil": what the portal knows, and how often it may write. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

    @Inject
    IdentityFacade identity;

    @Inject
    CurrentUser currentUser;

    private MailMode mailMode;

    @PostConstruct
    void load() {
        mailMode = identity.mailMode(subject()).orElse(MailMode.EVENT);
    }

    public List<MailMode> getMailModes() {
        return List.of(MailMode.values());
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    public void setMailMode(MailMode mailMode) {
        this.mailMode = mailMode;
    }

    public void save() {
        identity.chooseMailMode(subject(), mailMode);
        Pages.info("profile.mailMode.saved");
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }
}
