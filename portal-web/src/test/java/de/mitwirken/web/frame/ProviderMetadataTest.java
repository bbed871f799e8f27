package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/** Keycloak's discovery document: the endpoints the sign-in uses, and only for the configured issuer. */
class ProviderMetadataTest {

    private static final String REALM = "http://localhost:8180/realms/mitwirken";

    private static JsonObjectBuilder document(String issuer) {
        return Json.createObjectBuilder().add("issuer", issuer)
                .add("authorization_endpoint", REALM + "/protocol/openid-connect/auth")
                .add("token_endpoint", REALM + "/protocol/openid-connect/token")
                .add("jwks_uri", REALM + "/protocol/openid-connect/certs");
    }

    @Test
    void theEndpointsOfTheConfiguredIssuer() {
        ProviderMetadata metadata = ProviderMetadata.of(document(REALM)
                .add("end_session_endpoint", REALM + "/protocol/openid-connect/logout").build(), REALM + "/");

        assertEquals(REALM, metadata.issuer());
        assertEquals(REALM + "/protocol/openid-connect/token", metadata.tokenEndpoint());
        assertEquals(REALM + "/protocol/openid-connect/logout", metadata.endSessionEndpoint().orElseThrow());
        assertTrue(ProviderMetadata.of(document(REALM).build(), REALM).endSessionEndpoint().isEmpty());
    }

    @Test
    void aDocumentOfAnotherIssuerOrWithoutAnEndpointIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ProviderMetadata.of(document("http://localhost:8180/realms/other").build(), REALM));
        assertThrows(IllegalArgumentException.class,
                () -> ProviderMetadata.of(document(REALM).add("token_endpoint", "").build(), REALM));
    }
}
