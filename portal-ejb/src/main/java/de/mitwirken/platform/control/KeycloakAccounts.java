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
 * (realm-management: manage-users, view-realm): removes the identity of a person who deleted their account,
 * gives and takes realm roles.
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

    /**
     * Adds (grant) or removes a realm role mapping of a user; doing what is done already changes nothing.
     * Returns false when Keycloak has no such user (e.g. a demo person without an account): nothing to do.
     */
    public boolean changeRealmRole(String subject, String role, boolean grant) throws IOException, InterruptedException {
        String token = token();
        HttpRequest read = HttpRequest.newBuilder(URI.create(adminBase() + "/roles/" + URLEncoder.encode(role,
                        StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> representation = http.send(read, HttpResponse.BodyHandlers.ofString());
        if (representation.statusCode() != 200) {
            throw new IOException("Keycloak answered " + representation.statusCode() + " to reading the role " + role);
        }
        HttpRequest change = HttpRequest.newBuilder(URI.create(adminBase() + "/users/"
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/role-mappings/realm"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(grant ? "POST" : "DELETE", HttpRequest.BodyPublishers.ofString("[" + representation.body() + "]"))
                .build();
        int status = http.send(change, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 404) {
            return false;
        }
        if (status != 204) {
            throw new IOException("Keycloak answered " + status + " to " + (grant ? "granting " : "revoking ") + role
                    + " for " + subject);
        }
        return true;
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
