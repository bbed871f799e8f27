package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request of a signed-in session is authenticated with the caller remembered at sign-in, name and
 * groups (payara/Payara#6145: the session re-use lost the groups under parallel requests), whether or not
 * the container still has a principal for it; visitors stay visitors.
 */
class ReturnToPageMechanismTest {

    private final List<Object[]> notified = new java.util.ArrayList<>();
    private final Map<String, Object> sessionAttributes = new HashMap<>();
    private java.security.Principal principal;
    private final Map<String, Object> contextAttributes = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();

    @BeforeEach
    void openTheFrontDoor() {
        FrontDoor.open(Fakes.servletContext(contextAttributes, Map.of(), Map.of()),
                SecurityHeaders.forProvider("http://localhost:8180/realms/mitwirken"));
    }

    @Test
    void signedInSessionWithoutCallerGetsTheRememberedCallerAgain() throws Exception {
        sessionAttributes.put(SessionKeys.CALLER, new SessionKeys.Caller("citizen", Set.of("citizen")));

        AuthenticationStatus status = new ReturnToPageMechanism()
                .validateRequest(request("/needs/need.xhtml", true), Fakes.response(headers), context(false));

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(1, notified.size());
        assertEquals("citizen", notified.get(0)[0]);
        assertEquals(Set.of("citizen"), notified.get(0)[1]);
    }

    @Test
    void signedInSessionWithPrincipalIsAuthenticatedWithTheRememberedGroups() throws Exception {
        sessionAttributes.put(SessionKeys.CALLER, new SessionKeys.Caller("moderator", Set.of("moderator", "citizen")));
        principal = () -> "moderator";

        AuthenticationStatus status = new ReturnToPageMechanism()
                .validateRequest(request("/needs/action", true), Fakes.response(headers), context(false));

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(1, notified.size());
        assertEquals("moderator", notified.get(0)[0]);
        assertEquals(Set.of("moderator", "citizen"), notified.get(0)[1]);
    }

    @Test
    void aVisitorWithoutSessionStaysAVisitor() throws Exception {
        AuthenticationStatus status = new ReturnToPageMechanism()
                .validateRequest(request("/needs/need.xhtml", false), Fakes.response(headers), context(false));

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertEquals(0, notified.size());
    }

    @Test
    void everyRequestGetsTheSecurityHeadersBeforeAnyFilterRuns() throws Exception {
        new ReturnToPageMechanism().validateRequest(request("/needs/need.xhtml", false), Fakes.response(headers),
                context(false));

        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Cross-Origin-Opener-Policy"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        assertTrue(headers.get("Content-Security-Policy")
                .endsWith("form-action 'self' http://localhost:8180"));
    }

    @Test
    void withoutAFrontDoorNothingIsServed() throws Exception {
        contextAttributes.clear();

        AuthenticationStatus status = new ReturnToPageMechanism()
                .validateRequest(request("/needs/need.xhtml", false), Fakes.response(headers), context(false));

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals("503", headers.get(":error"));
        assertNull(headers.get("X-Content-Type-Options"));
    }

    @Test
    void aSessionWithoutSignInStaysAVisitor() throws Exception {
        sessionAttributes.put("something-else", "x");

        AuthenticationStatus status = new ReturnToPageMechanism()
                .validateRequest(request("/needs/need.xhtml", true), Fakes.response(headers), context(false));

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertNull(sessionAttributes.get(SessionKeys.CALLER));
        assertEquals(0, notified.size());
    }

    @Test
    void aProtectedPageWithoutCallerGoesToKeycloakWithAChallengeAndRemembersThePage() throws Exception {
        ReturnToPageMechanism mechanism = new ReturnToPageMechanism();
        mechanism.openId = signInAgainst("http://localhost:8180/realms/mitwirken");
        java.util.List<jakarta.servlet.http.Cookie> cookies = new java.util.ArrayList<>();

        AuthenticationStatus status = mechanism.validateRequest(request("/platform/profile.xhtml", true),
                responseKeeping(cookies), context(true));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertTrue(redirectedTo.startsWith("http://localhost:8180/realms/mitwirken/protocol/openid-connect/auth?"));
        assertTrue(redirectedTo.contains("&code_challenge_method=S256"), redirectedTo);
        assertEquals(1, ((List<?>) sessionAttributes.get(SessionKeys.PENDING_SIGN_INS)).size());
        assertEquals(ReturnCookie.NAME, cookies.get(0).getName());
        assertEquals("%2Fplatform%2Fprofile.xhtml", cookies.get(0).getValue());
        assertEquals(0, notified.size());
    }

    @Test
    void signOutForgetsTheCallerAndTheSignIn() throws Exception {
        sessionAttributes.put(SessionKeys.CALLER, new SessionKeys.Caller("citizen", Set.of("citizen")));
        sessionAttributes.put(SessionKeys.CLAIMS, "the claims");
        sessionAttributes.put(SessionKeys.CSRF, "kept until the session ends");

        new ReturnToPageMechanism().cleanSubject(request("/signout", true), Fakes.response(headers), context(false));

        assertEquals(Set.of(SessionKeys.CSRF), sessionAttributes.keySet());
        assertTrue(cleaned[0], "the container's subject is cleaned too");
    }

    private String redirectedTo;
    private final boolean[] cleaned = {false};

    private static OpenIdSignIn signInAgainst(String issuer) {
        OidcConfig config = new OidcConfig();
        config.providerUri = issuer;
        config.clientId = "mitwirken-portal";
        config.clientSecret = "secret";
        config.baseUrl = "http://localhost:8080";
        OpenIdSignIn signIn = new OpenIdSignIn();
        signIn.config = config;
        signIn.provider = new OpenIdProvider() {
            @Override
            public ProviderMetadata metadata() {
                return new ProviderMetadata(issuer, issuer + "/protocol/openid-connect/auth",
                        issuer + "/protocol/openid-connect/token", issuer + "/protocol/openid-connect/certs",
                        java.util.Optional.empty());
            }
        };
        return signIn;
    }

    private jakarta.servlet.http.HttpServletResponse responseKeeping(List<jakarta.servlet.http.Cookie> cookies) {
        return (jakarta.servlet.http.HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "addCookie" -> cookies.add((jakarta.servlet.http.Cookie) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpServletRequest request(String path, boolean withSession) {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> sessionAttributes.get((String) args[0]);
                    case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> sessionAttributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "getQueryString" -> null;
                    case "getRequestURI" -> "/portal" + path;
                    case "getContextPath" -> "/portal";
                    case "getSession" -> withSession ? session : null;
                    case "getParameter" -> null;
                    case "getServletContext" -> Fakes.servletContext(contextAttributes, Map.of(), Map.of());
                    case "getHeader" -> null;
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpMessageContext context(boolean protectedPage) {
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isProtected" -> protectedPage;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "redirect" -> {
                        redirectedTo = (String) args[0];
                        yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "cleanClientSubject" -> {
                        cleaned[0] = true;
                        yield null;
                    }
                    case "notifyContainerAboutLogin" -> {
                        notified.add(args);
                        yield AuthenticationStatus.SUCCESS;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
