package de.mitwirken.web.frame;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's OpenID Connect sign-in: the authorisation code flow with PKCE (S256), which Keycloak requires of
 * the portal's client. Payara 6's own mechanism (Soteria 3.0) sends no code_challenge and cannot send a
 * code_verifier, hence this one. {@link ReturnToPageMechanism} calls it: {@link #start} for a protected page
 * without a signed-in caller, {@link #callback} for Keycloak's answer at the redirect URI. Anything wrong with an
 * answer ends on the "sign-in did not work" page (401, with a link to sign in again); the log says why, never
 * with a code or a token.
 */
@ApplicationScoped
public class OpenIdSignIn {

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    static final String SCOPE = "openid email profile";

    @Inject
    OidcConfig config;

    @Inject
    OpenIdProvider provider;

    Clock clock = Clock.systemUTC();

    /** Sends the browser to Keycloak with a new state, nonce and code challenge, remembered in the session. */
    public AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        ProviderMetadata metadata;
        try {
            metadata = provider.metadata();
        } catch (SignInFailure e) {
            LOG.warning("sign-in cannot start: " + e.getMessage());
            return unavailable(response);
        }
        PendingSignIn pending = PendingSignIn.start(clock.instant());
        SessionKeys.rememberPendingSignIn(request, pending);
        return context.redirect(authorisationAddress(metadata.authorizationEndpoint(), pending));
    }

    String authorisationAddress(String endpoint, PendingSignIn pending) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.getClientId());
        query.put("redirect_uri", config.getRedirectUri());
        query.put("scope", SCOPE);
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.challenge());
        query.put("code_challenge_method", Pkce.METHOD);
        return endpoint + (endpoint.contains("?") ? "&" : "?") + OpenIdProvider.formBody(query);
    }

    /** Keycloak's answer at /Callback: checked, exchanged, verified; then the caller is known for the session. */
    public AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String state = request.getParameter("state");
        if (request.getSession(false) == null || (state == null && request.getParameter("error") == null)) {
            // no sign-in was started here, or this is no answer: CallbackServlet sends the visitor on
            return context.doNothing();
        }
        Optional<PendingSignIn> pending = state == null ? Optional.empty()
                : SessionKeys.takePendingSignIn(request, state);
        if (pending.isEmpty()) {
            Optional<SessionKeys.Caller> caller = SessionKeys.caller(request);
            if (caller.isPresent()) {
                // signed in already (the callback address again, e.g. from the history): go on as that caller
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
            LOG.info("a sign-in answer that no sign-in of this session awaits (forged, replayed or from an old tab)");
            return context.responseUnauthorized();
        }
        String error = request.getParameter("error");
        if (error != null) {
            LOG.info("Keycloak answered the sign-in with the error " + word(error));
            return context.responseUnauthorized();
        }
        if (pending.get().isExpired(clock.instant())) {
            LOG.info("a sign-in answer after more than " + PendingSignIn.VALID.toMinutes() + " minutes");
            return context.responseUnauthorized();
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            LOG.info("a sign-in answer without a code");
            return context.responseUnauthorized();
        }
        try {
            SignInClaims claims = exchange(code, pending.get());
            String name = claims.preferredUsername()
                    .orElseThrow(() -> new SignInFailure("the ID token has no preferred_username"));
            request.changeSessionId(); // a new session id for the signed-in person (no session fixation)
            SessionKeys.forgetSignIn(request);
            SessionKeys.rememberClaims(request, claims);
            SessionKeys.rememberCaller(request, new SessionKeys.Caller(name, claims.groups()));
            return context.notifyContainerAboutLogin(name, claims.groups());
        } catch (SignInFailure e) {
            LOG.warning("sign-in refused: " + e.getMessage());
            return context.responseUnauthorized();
        }
    }

    private SignInClaims exchange(String code, PendingSignIn pending) throws SignInFailure {
        JsonObject tokens = provider.exchange(code, pending.verifier());
        String idToken;
        try {
            idToken = tokens.getString("id_token", null);
        } catch (ClassCastException e) {
            idToken = null;
        }
        if (idToken == null) {
            throw new SignInFailure("the token response has no ID token");
        }
        JWTClaimsSet verified = provider.verifier().verify(idToken, pending.nonce());
        return SignInClaims.of(verified, idToken);
    }

    /**
     * Where sign-out sends the browser: Keycloak's end-session endpoint with the session's ID token as hint and the
     * home page to come back to (RP-initiated logout). Empty without a sign-in or without Keycloak.
     */
    public Optional<String> signOutAddress(HttpServletRequest request) {
        Optional<SignInClaims> claims = SessionKeys.claims(request);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> endpoint;
        try {
            endpoint = provider.metadata().endSessionEndpoint();
        } catch (SignInFailure e) {
            LOG.warning("sign-out ends only the portal's session: " + e.getMessage());
            return Optional.empty();
        }
        return endpoint.map(address -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id_token_hint", claims.get().idToken());
            query.put("post_logout_redirect_uri", config.getBaseUrl() + "/");
            query.put("client_id", config.getClientId());
            return address + (address.contains("?") ? "&" : "?") + OpenIdProvider.formBody(query);
        });
    }

    private static AuthenticationStatus unavailable(HttpServletResponse response) throws AuthenticationException {
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    /** Log text from a request parameter: a short word, no line breaks. */
    private static String word(String text) {
        String word = text.replaceAll("[^A-Za-z0-9_.-]", "?");
        return word.length() > 40 ? word.substring(0, 40) + "..." : word;
    }
}
