package de.mitwirken.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API, used with the service account of the client "mitwirken-admin-api"
 * (realm-management: manage-users): removes the identity of a person who deleted their account.
 */
@ApplicationScoped
public class KeycloakAccounts {

    @Inject
    @ConfigProperty(name = "oidc.provider.uri")
    String realmUri;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client.id", defaultValue = "mitwirken-admin-api")
    String clientId;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client.secret", defaultValue = "mitwirken-admin-dev-secret")
    String clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Deletes the Keycloak user; a user who is gone already counts as removed. */
    public void remove(String subject) throws IOException, InterruptedException {
        HttpRequest delete = HttpRequest.newBuilder(URI.create(adminBase() + "/users/"
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token()).DELETE().build();
        int status = http.send(delete, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 204 && status != 404) {
            throw new IOException("Keycloak answered " + status + " to the removal of " + subject);
        }
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(trimmed() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the service account token: " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            return json.getString("access_token");
        }
    }

    /** http://host/realms/mitwirken → http://host/admin/realms/mitwirken */
    private String adminBase() {
        String realm = trimmed();
        int at = realm.lastIndexOf("/realms/");
        return realm.substring(0, at) + "/admin" + realm.substring(at);
    }

    private String trimmed() {
        return realmUri.endsWith("/") ? realmUri.substring(0, realmUri.length() - 1) : realmUri;
    }
}
