package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.boundary.DataProtection.ConsentView;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Meine Daten": consents, the export, and deleting the account (with an explicit confirmation). */
@Named
@ViewScoped
public class MyDataBean implements Serializable {

    @Inject
    DataProtection dataProtection;

    @Inject
    CurrentUser currentUser;

    private boolean confirmed;
    private List<ConsentView> consents;

    public List<ConsentView> getConsents() {
        if (consents == null) {
            consents = dataProtection.consents(subject());
        }
        return consents;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public void deleteAccount() {
        if (!confirmed) {
            Pages.error("deletion:confirmed", "mydata.delete.confirmMissing");
            return;
        }
        dataProtection.deleteAccount(subject());
        dataProtection.removePendingIdentities();
        // the Keycloak account and its sessions are gone with the removal; ending the portal session is enough
        // (request.logout() would send the browser to Keycloak's logout for a person who no longer exists)
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        Pages.redirect("/?accountDeleted=true");
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }
}
