package de.mitwirken.web.frame;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * What the portal uses of Keycloak's discovery document ({@code .well-known/openid-configuration}). The issuer
 * must be the configured provider address itself (OpenID Connect Discovery 1.0, section 4.3): a document that
 * names another is refused, so tokens of another realm never pass.
 */
record ProviderMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
                        Optional<String> endSessionEndpoint) {

    static ProviderMetadata of(JsonObject document, String providerUri) {
        String issuer = required(document, "issuer");
        if (!strip(issuer).equals(strip(providerUri))) {
            throw new IllegalArgumentException("the discovery document names the issuer " + issuer
                    + ", not " + providerUri);
        }
        return new ProviderMetadata(issuer, required(document, "authorization_endpoint"),
                required(document, "token_endpoint"), required(document, "jwks_uri"),
                optional(document, "end_session_endpoint"));
    }

    private static String required(JsonObject document, String name) {
        return optional(document, name).orElseThrow(
                () -> new IllegalArgumentException("the discovery document has no " + name));
    }

    private static Optional<String> optional(JsonObject document, String name) {
        JsonValue value = document.get(name);
        return value instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString()) : Optional.empty();
    }

    private static String strip(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
