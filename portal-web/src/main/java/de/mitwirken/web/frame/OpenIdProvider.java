package de.mitwirken.web.frame;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keycloak as the portal talks to it server to server: the discovery document and the signing keys (both kept;
 * the document for an hour, the keys until a token names one they lack) and the code exchange with the client
 * secret and the PKCE verifier.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration METADATA_KEPT = Duration.ofHours(1);
    /** Keys are fetched again at most this often, however many tokens name an unknown key. */
    private static final Duration KEYS_REFETCHED_AFTER = Duration.ofSeconds(10);

    @Inject
    OidcConfig config;

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Kept<ProviderMetadata> metadata;
    private volatile Kept<JWKSet> keys;

    private record Kept<T>(T value, Instant fetched) {
    }

    public ProviderMetadata metadata() throws SignInFailure {
        Kept<ProviderMetadata> known = metadata;
        if (known != null && clock.instant().isBefore(known.fetched().plus(METADATA_KEPT))) {
            return known.value();
        }
        String address = config.getProviderUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            ProviderMetadata fresh = ProviderMetadata.of(json(get(address)), config.getProviderUri());
            metadata = new Kept<>(fresh, clock.instant());
            return fresh;
        } catch (IllegalArgumentException e) {
            throw new SignInFailure("unusable discovery document at " + address + ": " + e.getMessage());
        }
    }

    public IdTokenVerifier verifier() throws SignInFailure {
        return new IdTokenVerifier(metadata().issuer(), config.getClientId(), new IdTokenVerifier.Keys() {
            @Override
            public JWKSet current() throws SignInFailure {
                Kept<JWKSet> known = keys;
                return known != null ? known.value() : refreshed();
            }

            @Override
            public JWKSet refreshed() throws SignInFailure {
                return fetchKeys();
            }
        }, clock);
    }

    private synchronized JWKSet fetchKeys() throws SignInFailure {
        Kept<JWKSet> known = keys;
        if (known != null && clock.instant().isBefore(known.fetched().plus(KEYS_REFETCHED_AFTER))) {
            return known.value();
        }
        String address = metadata().jwksUri();
        try {
            JWKSet fresh = JWKSet.parse(get(address));
            keys = new Kept<>(fresh, clock.instant());
            return fresh;
        } catch (ParseException e) {
            throw new SignInFailure("unusable key set at " + address);
        }
    }

    /** The token response for an authorisation code (RFC 6749 section 4.1.3, with RFC 7636's code_verifier). */
    public JsonObject exchange(String code, String verifier) throws SignInFailure {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", config.getRedirectUri());
        form.put("code_verifier", verifier);
        form.put("client_id", config.getClientId());
        form.put("client_secret", config.getClientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(metadata().tokenEndpoint())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            // the error and its description name what was wrong (invalid_grant, "PKCE verification failed"), no secret
            String why;
            try {
                JsonObject error = json(response.body());
                why = error.getString("error", "?") + " (" + error.getString("error_description", "") + ")";
            } catch (SignInFailure | ClassCastException notJson) {
                why = "no OAuth error";
            }
            throw new SignInFailure("the token endpoint refused the code: HTTP " + response.statusCode() + " " + why);
        }
        return json(response.body());
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String get(String address) throws SignInFailure {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new SignInFailure(address + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws SignInFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SignInFailure("Keycloak is out of reach at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailure("interrupted while asking Keycloak at " + request.uri(), e);
        }
    }

    private static JsonObject json(String text) throws SignInFailure {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new SignInFailure("Keycloak answered with something that is not a JSON object");
        }
    }
}
