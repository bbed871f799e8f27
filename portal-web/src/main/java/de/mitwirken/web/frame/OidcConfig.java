package de.mitwirken.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in settings, read by {@link OpenIdSignIn} and {@link OpenIdProvider}. Environment variables
 * OIDC_PROVIDER_URI, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PORTAL_BASE_URL override the defaults.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "oidc.provider.uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.client.secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "portal.base.url")
    String baseUrl;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The public base URL without a trailing slash, e.g. https://mitwirken.example.de */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String getRedirectUri() {
        return getBaseUrl() + CallbackServlet.PATH;
    }
}
