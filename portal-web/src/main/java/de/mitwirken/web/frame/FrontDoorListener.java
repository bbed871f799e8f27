package de.mitwirken.web.frame;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the {@link FrontDoor} before any filter or servlet starts. The security headers are built here from the
 * configuration read directly (no injection needed); if they cannot be built, the exception fails the web
 * module's start and with it the deployment: the portal never runs without them.
 */
@WebListener
public class FrontDoorListener implements ServletContextListener {

    /** true: the portal sits behind a proxy that terminates TLS and sets X-Forwarded-Proto (default false). */
    static final String FORWARDED_PROTO = "portal.proxy.forwarded-proto";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        String provider = config.getOptionalValue("oidc.provider.uri", String.class).orElse(null);
        boolean behindProxy = config.getOptionalValue(FORWARDED_PROTO, Boolean.class).orElse(false);
        FrontDoor.open(event.getServletContext(), SecurityHeaders.forProvider(provider), behindProxy);
        if (behindProxy) {
            // Payara decides the session cookie's Secure flag by the connection (HTTP from the proxy) and per
            // application, not per request: behind a TLS-terminating proxy, browsers only ever speak HTTPS
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
