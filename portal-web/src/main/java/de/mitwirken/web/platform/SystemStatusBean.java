package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.SystemStatusFacade;
import de.mitwirken.platform.boundary.SystemStatusFacade.SystemStatus;
import de.mitwirken.web.frame.OidcConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The administrator's system page: schema version, profiles, where sign-in comes from. */
@Named
@RequestScoped
public class SystemStatusBean {

    @Inject
    SystemStatusFacade facade;

    @Inject
    OidcConfig oidc;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoData;

    private SystemStatus status;

    public SystemStatus getStatus() {
        if (status == null) {
            status = facade.status();
        }
        return status;
    }

    public String getIssuer() {
        return oidc.getProviderUri();
    }

    public String getBaseUrl() {
        return oidc.getBaseUrl();
    }

    public boolean isDemoData() {
        return demoData;
    }
}
