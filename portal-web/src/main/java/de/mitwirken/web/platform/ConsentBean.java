package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.entity.ConsentPurpose;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.LocalPath;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.SessionKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The consent page: accept the current privacy text, then continue to the page the person wanted. A stateless
 * page (every first sign-in passes it): "next" travels as a view parameter in the form, nothing in the session.
 */
@Named
@RequestScoped
public class ConsentBean {

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
