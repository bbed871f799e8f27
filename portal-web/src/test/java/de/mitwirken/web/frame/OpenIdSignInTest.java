package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code flow as the portal runs it, with Keycloak played here: the authorisation request carries state, nonce
 * and an S256 challenge; the answer is accepted once, for its own state, with the verifier sent along; every
 * wrong answer ends on the 401 page, signed out.
 */
class OpenIdSignInTest {

    private static final String ISSUER = "http://localhost:8180/realms/mitwirken";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static RSAKey key;

    private final Map<String, Object> session = new HashMap<>();
    private final Map<String, String> parameters = new HashMap<>();
    private final List<Object> outcome = new ArrayList<>();
    private final List<String> exchanged = new ArrayList<>();
    private boolean hasSession = true;
    private int sessionIdChanges;
    private String idToken;
    private OpenIdSignIn signIn;

    @BeforeAll
    static void makeKey() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    @BeforeEach
    void setUp() {
        OidcConfig config = new OidcConfig();
        config.providerUri = ISSUER;
        config.clientId = "mitwirken-portal";
        config.clientSecret = "secret";
        config.baseUrl = "http://localhost:8080/";
        signIn = new OpenIdSignIn();
        signIn.config = config;
        signIn.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        signIn.provider = new FakeKeycloak(config);
    }

    /** Keycloak's side: its metadata, a code exchange that hands out {@link #idToken}, its key. */
    private final class FakeKeycloak extends OpenIdProvider {
        FakeKeycloak(OidcConfig config) {
            this.config = config;
        }

        @Override
        public ProviderMetadata metadata() {
            return new ProviderMetadata(ISSUER, ISSUER + "/protocol/openid-connect/auth",
                    ISSUER + "/protocol/openid-connect/token", ISSUER + "/protocol/openid-connect/certs",
                    Optional.of(ISSUER + "/protocol/openid-connect/logout"));
        }

        @Override
        public JsonObject exchange(String code, String verifier) throws SignInFailure {
            exchanged.add(code + " " + verifier);
            if (code.equals("refused")) {
                throw new SignInFailure("the token endpoint refused the code: HTTP 400 invalid_grant");
            }
            return Json.createObjectBuilder().add("id_token", idToken).add("access_token", "x").build();
        }

        @Override
        public IdTokenVerifier verifier() {
            JWKSet keys = new JWKSet(key.toPublicJWK());
            return new IdTokenVerifier(ISSUER, config.getClientId(), new IdTokenVerifier.Keys() {
                @Override
                public JWKSet current() {
                    return keys;
                }

                @Override
                public JWKSet refreshed() {
                    return keys;
                }
            }, Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    @Test
    void theAuthorisationRequestCarriesStateNonceAndAnS256Challenge() throws Exception {
        assertEquals(AuthenticationStatus.SEND_CONTINUE, signIn.start(request(), null, context()));

        Map<String, String> query = query((String) outcome.get(0));
        PendingSignIn pending = onlyPending();
        assertEquals("code", query.get("response_type"));
        assertEquals("mitwirken-portal", query.get("client_id"));
        assertEquals("http://localhost:8080/Callback", query.get("redirect_uri"));
        assertEquals("openid email profile", query.get("scope"));
        assertEquals(pending.state(), query.get("state"));
        assertEquals(pending.nonce(), query.get("nonce"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(Pkce.challenge(pending.verifier()), query.get("code_challenge"));
        assertTrue(((String) outcome.get(0)).startsWith(ISSUER + "/protocol/openid-connect/auth?"));
    }

    @Test
    void theRightAnswerSignsInOnceWithTheVerifier() throws Exception {
        PendingSignIn pending = started();
        answer(pending.state(), "the-code");
        idToken = token(pending.nonce());

        assertEquals(AuthenticationStatus.SUCCESS, signIn.callback(request(), null, context()));

        assertEquals(List.of("the-code " + pending.verifier()), exchanged);
        assertEquals(List.of("citizen", Set.of("citizen")), outcome);
        assertEquals(1, sessionIdChanges, "a new session id after sign-in");
        SessionKeys.Caller caller = (SessionKeys.Caller) session.get(SessionKeys.CALLER);
        assertEquals("citizen", caller.name());
        assertEquals("Clara", ((SignInClaims) session.get(SessionKeys.CLAIMS)).claim("given_name").orElseThrow());

        // the same answer again (replayed, or the callback address from the history): no second exchange
        outcome.clear();
        assertEquals(AuthenticationStatus.SUCCESS, signIn.callback(request(), null, context()));
        assertEquals(1, exchanged.size());
        assertEquals(List.of("citizen", Set.of("citizen")), outcome, "still the same caller, nothing new");
    }

    @Test
    void anAnswerWithAnotherStateIsRefused() throws Exception {
        PendingSignIn pending = started();
        answer(pending.state() + "x", "the-code");

        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.callback(request(), null, context()));

        assertEquals(List.of("401"), outcome);
        assertTrue(exchanged.isEmpty(), "no code exchanged for a forged answer");
        assertNull(session.get(SessionKeys.CALLER));
    }

    @Test
    void keycloaksRefusalEndsOnTheSignInDidNotWorkPage() throws Exception {
        PendingSignIn pending = started();
        answer(pending.state(), null);
        parameters.put("error", "access_denied");

        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.callback(request(), null, context()));

        assertEquals(List.of("401"), outcome);
        assertTrue(exchanged.isEmpty());
    }

    @Test
    void aRefusedCodeExchangeEndsOnTheSignInDidNotWorkPage() throws Exception {
        PendingSignIn pending = started();
        answer(pending.state(), "refused");

        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.callback(request(), null, context()));

        assertEquals(List.of("401"), outcome);
        assertNull(session.get(SessionKeys.CALLER));
    }

    @Test
    void aTokenForAnotherSignInIsRefused() throws Exception {
        PendingSignIn pending = started();
        answer(pending.state(), "the-code");
        idToken = token("the nonce of another sign-in");

        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.callback(request(), null, context()));

        assertEquals(List.of("401"), outcome);
        assertNull(session.get(SessionKeys.CALLER));
    }

    @Test
    void anAnswerAfterTenMinutesIsRefused() throws Exception {
        PendingSignIn old = new PendingSignIn("s", "n", Pkce.verifier(), NOW.minusSeconds(601));
        SessionKeys.rememberPendingSignIn(request(), old);
        answer("s", "the-code");

        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.callback(request(), null, context()));
        assertTrue(exchanged.isEmpty());
    }

    @Test
    void anAnswerWithoutSessionIsNoSignIn() throws Exception {
        hasSession = false;
        answer("s", "the-code");

        assertEquals(AuthenticationStatus.NOT_DONE, signIn.callback(request(), null, context()));
        assertTrue(exchanged.isEmpty());
    }

    @Test
    void theCallbackAddressWithoutAnAnswerIsNoSignIn() throws Exception {
        started();

        assertEquals(AuthenticationStatus.NOT_DONE, signIn.callback(request(), null, context()));
        assertTrue(exchanged.isEmpty());
        assertEquals(1, pendings().size(), "the sign-in under way still waits for its answer");
    }

    @Test
    void twoTabsSignInIndependentlyAndTheOldestOfTooManyGivesWay() throws Exception {
        PendingSignIn first = started();
        for (int i = 0; i < SessionKeys.MAX_PENDING_SIGN_INS - 1; i++) {
            started();
        }
        HttpServletRequest request = request();
        assertTrue(SessionKeys.takePendingSignIn(request, first.state()).isPresent());
        assertTrue(SessionKeys.takePendingSignIn(request, first.state()).isEmpty(), "used once");

        PendingSignIn second = started();
        for (int i = 0; i < SessionKeys.MAX_PENDING_SIGN_INS; i++) {
            started();
        }
        assertTrue(SessionKeys.takePendingSignIn(request, second.state()).isEmpty(), "given way");
    }

    @Test
    void signOutGoesToKeycloakWithTheIdTokenAndComesBackHome() throws Exception {
        idToken = token("n");
        session.put(SessionKeys.CLAIMS, SignInClaims.of(SignedJWT.parse(idToken).getJWTClaimsSet(), idToken));

        Map<String, String> query = query(signIn.signOutAddress(request()).orElseThrow());

        assertEquals(idToken, query.get("id_token_hint"));
        assertEquals("http://localhost:8080/", query.get("post_logout_redirect_uri"));
        assertEquals("mitwirken-portal", query.get("client_id"));
        session.clear();
        assertTrue(signIn.signOutAddress(request()).isEmpty());
    }

    private PendingSignIn started() throws Exception {
        List<PendingSignIn> before = pendings();
        signIn.start(request(), null, context());
        outcome.clear();
        List<PendingSignIn> after = new ArrayList<>(pendings());
        after.removeAll(before);
        return after.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<PendingSignIn> pendings() {
        Object all = session.get(SessionKeys.PENDING_SIGN_INS);
        return all == null ? List.of() : (List<PendingSignIn>) all;
    }

    private PendingSignIn onlyPending() {
        assertEquals(1, pendings().size());
        return pendings().get(0);
    }

    private void answer(String state, String code) {
        parameters.put("state", state);
        if (code != null) {
            parameters.put("code", code);
        }
    }

    private String token(String nonce) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("mitwirken-portal")
                .subject("b7c1").issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("azp", "mitwirken-portal").claim("nonce", nonce).claim("preferred_username", "citizen")
                .claim("given_name", "Clara").claim("groups", List.of("citizen")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Map<String, String> query(String address) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(address).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private HttpServletRequest request() {
        HttpSession httpSession = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> session.get((String) args[0]);
                    case "setAttribute" -> session.put((String) args[0], args[1]);
                    case "removeAttribute" -> session.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> hasSession || args == null || (Boolean) args[0] ? httpSession : null;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "changeSessionId" -> {
                        sessionIdChanges++;
                        yield "new-id";
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpMessageContext context() {
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "redirect" -> {
                        outcome.add(args[0]);
                        yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "responseUnauthorized" -> {
                        outcome.add("401");
                        yield AuthenticationStatus.SEND_FAILURE;
                    }
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "notifyContainerAboutLogin" -> {
                        outcome.addAll(List.of(args));
                        yield AuthenticationStatus.SUCCESS;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
