package de.mitwirken.web.frame;

/**
 * A sign-in that cannot be accepted: a forged, replayed or stale answer, a refused code exchange, a token that
 * does not check out, Keycloak out of reach. The message is for the log and never holds a token or a code.
 */
class SignInFailure extends Exception {

    SignInFailure(String message) {
        super(message);
    }

    SignInFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
