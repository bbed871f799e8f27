package de.mitwirken.tools.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizens' accounts cluster-001 … in the realm, created through Keycloak's admin API where missing (the
 * demo has too few: one account signing in again and again at once trips Keycloak's brute-force protection).
 */
final class Accounts {

    static final String PASSWORD = "cluster-password-1"; // 12 characters or more (the realm's password policy)
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Accounts() {
    }

    static List<String> ensure(String keycloak, String adminUser, String adminPassword, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(adminUser,
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no admin token from " + keycloak + ": " + token.statusCode());
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("cluster-%03d", i);
            String user = "{\"username\":\"" + name + "\",\"enabled\":true,\"email\":\"" + name + "@example.org\","
                    + "\"emailVerified\":true,\"firstName\":\"Cluster\",\"lastName\":\"" + name + "\","
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(keycloak
                            + "/admin/realms/mitwirken/users")).header("Authorization", "Bearer " + m.group(1))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) { // 409: there already
                throw new IllegalStateException("could not create " + name + ": " + created.statusCode() + " "
                        + created.body());
            }
            names.add(name);
        }
        return names;
    }
}
