package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.entity.ConsentPurpose;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.LocalPath;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.SessionKeys;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The consent page: accept the current privacy text, then continue to the page the person wanted. */
@Named
@ViewScoped
public class ConsentBean implements Serializable {

    @Inject
    DataProtection dataProtection;

    @Inject
    CurrentUser currentUser;

    private String next = "/";

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = LocalPath.parseOrHome(next);
    }

    public String getVersion() {
        return ConsentPurpose.PRIVACY_POLICY.currentVersion();
    }

    public void accept() {
        dataProtection.giveConsent(currentUser.user().orElseThrow().subject(), ConsentPurpose.PRIVACY_POLICY);
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        SessionKeys.rememberConsentChecked(request);
        Pages.redirect(next);
    }
}
