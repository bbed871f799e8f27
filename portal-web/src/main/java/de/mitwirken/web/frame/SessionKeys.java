package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The few things the portal keeps in an HTTP session. Visitors have no session at all. */
public final class SessionKeys {

    /** What a plain form left for the page it returns to: message key, failed field, typed text. */
    public record FormResult(String key, boolean error, String field, String typed, Long target)
            implements java.io.Serializable {
    }

    static final String FORM_RESULT = "mitwirken.form-result";

    /**
     * The caller as signed in: name, the ID token's groups and when, for every later request (see
     * {@link ReturnToPageMechanism}; {@link ProfileSyncFilter} ends the session once a role it carries is revoked).
     */
    record Caller(String name, Set<String> groups, java.time.Instant signedInAt) implements java.io.Serializable {

        Caller(String name, Set<String> groups) {
            this(name, groups, java.time.Instant.now());
        }
    }

    static final String USER = "mitwirken.user";
    static final String CLAIMS = "mitwirken.sign-in-claims";
    static final String PENDING_SIGN_INS = "mitwirken.pending-sign-ins";
    /** Sign-ins started at once in several tabs of one browser; the oldest gives way. */
    static final int MAX_PENDING_SIGN_INS = 5;
    static final String CALLER = "mitwirken.caller";
    static final String CSRF = "mitwirken.csrf";
    static final String CONSENT_CHECKED = "mitwirken.consent-checked";

    private SessionKeys() {
    }

    public static Optional<SignedInUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(USER));
    }

    static void rememberUser(HttpServletRequest request, SignedInUser user) {
        request.getSession().setAttribute(USER, user);
    }

    /** Remembers the caller once per sign-in, right after it ({@link OpenIdSignIn#callback}). */
    static void rememberCaller(HttpServletRequest request, Caller caller) {
        request.getSession().setAttribute(CALLER, caller);
    }

    static Optional<Caller> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Caller) session.getAttribute(CALLER));
    }

    /** The verified ID token of this session's sign-in ({@link OpenIdSignIn}); read by {@link ProfileSyncFilter}. */
    static void rememberClaims(HttpServletRequest request, SignInClaims claims) {
        request.getSession().setAttribute(CLAIMS, claims);
    }

    static Optional<SignInClaims> claims(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignInClaims) session.getAttribute(CLAIMS));
    }

    /** Forgets who was signed in (sign-out, or a new sign-in in the same session): caller, claims, profile. */
    static void forgetSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            for (String key : new String[] {CALLER, CLAIMS, USER, CONSENT_CHECKED}) {
                session.removeAttribute(key);
            }
        }
    }

    /** A sign-in sent to Keycloak; starts the session (the browser must come back to it). */
    static void rememberPendingSignIn(HttpServletRequest request, PendingSignIn pending) {
        HttpSession session = request.getSession();
        ArrayList<PendingSignIn> all = new ArrayList<>(pendingSignIns(session));
        all.add(pending);
        while (all.size() > MAX_PENDING_SIGN_INS) {
            all.remove(0);
        }
        session.setAttribute(PENDING_SIGN_INS, all); // set again, not changed in place: replication sees it
    }

    /** The sign-in the returned state belongs to, once: a second answer with the same state finds none. */
    static Optional<PendingSignIn> takePendingSignIn(HttpServletRequest request, String state) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        ArrayList<PendingSignIn> all = new ArrayList<>(pendingSignIns(session));
        Optional<PendingSignIn> found = all.stream().filter(pending -> pending.hasState(state)).findFirst();
        found.ifPresent(pending -> {
            all.remove(pending);
            session.setAttribute(PENDING_SIGN_INS, all);
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<PendingSignIn> pendingSignIns(HttpSession session) {
        Object all = session.getAttribute(PENDING_SIGN_INS);
        return all instanceof List<?> list ? (List<PendingSignIn>) list : List.of();
    }

    /** Leaves a result for the next page (post-redirect-get); signed-in people only (they have a session). */
    public static void leave(HttpServletRequest request, FormResult result) {
        request.getSession().setAttribute(FORM_RESULT, result);
    }

    /** Takes the result the previous request left, once. */
    public static Optional<FormResult> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        FormResult result = (FormResult) session.getAttribute(FORM_RESULT);
        session.removeAttribute(FORM_RESULT);
        return Optional.ofNullable(result);
    }

    static boolean consentChecked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONSENT_CHECKED) != null;
    }

    public static void rememberConsentChecked(HttpServletRequest request) {
        request.getSession().setAttribute(CONSENT_CHECKED, Boolean.TRUE);
    }
}
