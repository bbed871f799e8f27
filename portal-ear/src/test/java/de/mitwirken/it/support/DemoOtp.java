package de.mitwirken.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo accounts' OTP secrets, read from the realm file the test Keycloak imported (config/keycloak), so that
 * the file stays the one place they are written down.
 */
public final class DemoOtp {

    private static Map<String, String> secrets;

    private DemoOtp() {
    }

    /** The current one-time code of a demo account, or empty if the account has no OTP in the realm file. */
    public static Optional<String> codeFor(String username) {
        return secretOf(username).map(Totp::now);
    }

    public static synchronized Optional<String> secretOf(String username) {
        if (secrets == null) {
            secrets = read(Path.of(System.getProperty("it.realm.file", "../config/keycloak/mitwirken-realm.json")));
        }
        return Optional.ofNullable(secrets.get(username));
    }

    static Map<String, String> read(Path realmFile) {
        try {
            ObjectMapper json = new ObjectMapper();
            Map<String, String> found = new HashMap<>();
            for (JsonNode user : json.readTree(Files.readString(realmFile)).path("users")) {
                for (JsonNode credential : user.path("credentials")) {
                    if ("otp".equals(credential.path("type").asText())) {
                        found.put(user.path("username").asText(),
                                json.readTree(credential.path("secretData").asText()).path("value").asText());
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo OTP secrets from " + realmFile.toAbsolutePath(), e);
        }
    }
}
