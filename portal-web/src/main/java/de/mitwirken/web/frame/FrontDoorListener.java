package de.mitwirken.web.frame;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the {@link FrontDoor} before any filter or servlet starts. The security headers are built here from the
 * configuration read directly (no injection needed); if they cannot be built, the exception fails the web
 * module's start and with it the deployment: the portal never runs without them.
 */
@WebListener
public class FrontDoorListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String provider = ConfigProvider.getConfig().getOptionalValue("oidc.provider.uri", String.class).orElse(null);
        FrontDoor.open(event.getServletContext(), SecurityHeaders.forProvider(provider));
    }
}
