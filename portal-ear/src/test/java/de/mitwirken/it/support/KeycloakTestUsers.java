package de.mitwirken.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates and looks up people in the test Keycloak through its admin API (master realm's admin). */
public final class KeycloakTestUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private KeycloakTestUsers() {
    }

    public static void create(String username, String firstName, String lastName, String email, String password)
            throws IOException, InterruptedException {
        String json = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email + "\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("Keycloak did not create " + username + ": " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * A test person of the stand-in eID provider (realm eid-stand-in, issue #26): its bPK2 (the broker's principal)
     * and level of assurance ("STORK-QAA-Level-3" …) are what the stand-in sends as BundID would.
     */
    public static void createEidPerson(String username, String firstName, String lastName, String email,
                                       String password, String bpk2, String levelOfAssurance)
            throws IOException, InterruptedException {
        String json = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email + "\","
                + "\"attributes\":{\"bpk2\":[\"" + bpk2 + "\"],\"loa\":[\"" + levelOfAssurance + "\"]},"
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(Portal.keycloak() + "/admin/realms/eid-stand-in/users"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("the stand-in eID did not create " + username + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The identity providers an account of realm mitwirken is linked to (JSON list of federated identities). */
    public static String federatedIdentities(String username) throws IOException, InterruptedException {
        String token = token();
        return HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + idOf(username, token) + "/federated-identity"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    public static boolean exists(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.body().contains("\"username\":\"" + username + "\"");
    }

    /** The realm roles Keycloak maps to the user directly (not the composite defaults). */
    public static String realmRoles(String username) throws IOException, InterruptedException {
        String token = token();
        return HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + idOf(username, token) + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Keycloak's brute-force record of a person (JSON: numFailures, disabled, …). */
    public static String bruteForceStatus(String username) throws IOException, InterruptedException {
        String token = token();
        return HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/attack-detection/brute-force/users/" + idOf(username, token)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Sets a new password through the admin API; returns Keycloak's status and answer, e.g. a password policy's refusal. */
    public static HttpResponse<String> resetPassword(String username, String password) throws IOException, InterruptedException {
        String token = token();
        return HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + idOf(username, token) + "/reset-password"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak asks the person for a new password at the next sign-in (required action UPDATE_PASSWORD). */
    public static void requirePasswordUpdate(String username) throws IOException, InterruptedException {
        String token = token();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + idOf(username, token)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[\"UPDATE_PASSWORD\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IOException("Keycloak did not update " + username + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static String idOf(String username, String token) throws IOException, InterruptedException {
        HttpResponse<String> users = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(users.body());
        if (!id.find()) {
            throw new IOException("no Keycloak user " + username + ": " + users.body());
        }
        return id.group(1);
    }

    private static String admin() {
        return Portal.keycloak() + "/admin/realms/mitwirken";
    }

    private static String token() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(Portal.keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IOException("no admin token from Keycloak: " + response.statusCode());
        }
        return m.group(1);
    }
}
