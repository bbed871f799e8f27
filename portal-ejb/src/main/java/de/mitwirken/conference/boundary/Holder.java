package de.mitwirken.conference.boundary;

import java.io.Serializable;

/**
 * Who acts on a registration: the bearer of its personal link (token), or a signed-in person for a
 * registration of their account (subject and id). The boundary checks either before anything happens.
 */
public record Holder(String token, String subject, Long registrationId) implements Serializable {

    public static Holder ofToken(String token) {
        return new Holder(token, null, null);
    }

    public static Holder ofAccount(String subject, long registrationId) {
        return new Holder(null, subject, registrationId);
    }

    public boolean byToken() {
        return token != null;
    }
}
