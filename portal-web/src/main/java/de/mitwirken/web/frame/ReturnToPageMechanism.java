package de.mitwirken.web.frame;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;

/**
 * The OpenID Connect mechanism, plus "back to the page you wanted" after sign-in.
 * <p>
 * Why not the mechanism's own redirectToOriginalResource: in Payara 6's Soteria (3.0.3) the restored
 * request has no parameter map, so the first page after sign-in failed with a NullPointerException
 * in getParameter. Instead this wrapper remembers the page in a short-lived cookie when a visitor is
 * sent to Keycloak, and {@link CallbackServlet} sends them there once Keycloak has signed them in.
 * <p>
 * Also: every later request of a signed-in session is authenticated here from the caller remembered right
 * after the sign-in ({@link ProfileSyncFilter}: name and groups from the ID token), not by the OpenID
 * mechanism's session re-use. That re-use hands Payara the session's principal object, and Payara then looks
 * up its groups through a thread-bound security context that, under parallel requests, can belong to another
 * request: the request kept its name but lost its roles, and a role-protected EJB refused it ("client not
 * authorised", payara/Payara#6145; seen on one HTTP thread twice in a row). A name with groups is mapped
 * without that look-up. Sign-out ends the session and with it what was remembered.
 * <p>
 * And: the security headers ({@link SecurityHeaders}) are set here first, because this runs for every request,
 * before any filter, and some responses are given here already.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class ReturnToPageMechanism implements HttpAuthenticationMechanism {

    @Inject
    OpenIdAuthenticationMechanism openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        // every request passes here before any filter: responses given here (the redirect to Keycloak, 401, 403)
        // get the security headers too, and without a front door nothing is served
        Optional<FrontDoor> door = FrontDoor.of(request.getServletContext());
        if (door.isEmpty()) {
            return refuse(response);
        }
        door.get().headers().apply(response, door.get().isHttps(request));
        if (!isCallback(request)) {
            Optional<SessionKeys.Caller> signedIn = SessionKeys.caller(request);
            if (signedIn.isPresent()) {
                return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
            }
        }
        if (request.getUserPrincipal() == null) {
            if (context.isProtected()) {
                ReturnCookie.write(request, response, target(request));
            } else if (!isCallback(request)) {
                // a visitor on a public page: nothing to authenticate. (Handing such a request with a stray
                // "state" parameter to Soteria made it fail with an exception: HTTP 500.)
                return context.doNothing();
            }
        }
        if (!isCallback(request)) {
            // only the callback carries an authorisation response; elsewhere "state" or "code" parameters are
            // just parameters (Soteria otherwise tried to treat them as one and failed with HTTP 500)
            return openId.validateRequest(new WithoutAuthorisationResponse(request), response, context);
        }
        if (request.getUserPrincipal() == null && request.getSession(false) == null) {
            return context.doNothing(); // no sign-in was started here, so no answer can be expected
        }
        try {
            return openId.validateRequest(request, response, context);
        } catch (RuntimeException forgedOrStale) {
            // a forged, replayed or stale authorisation response: "sign-in did not work" (401 page)
            return context.responseUnauthorized();
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) throws AuthenticationException {
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    /** Hides the parameters of an OpenID Connect authorisation response. */
    private static final class WithoutAuthorisationResponse extends HttpServletRequestWrapper {

        private static final Set<String> HIDDEN = Set.of("state", "code", "session_state", "error",
                "error_description", "iss");

        WithoutAuthorisationResponse(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> visible = new HashMap<>(super.getParameterMap());
            visible.keySet().removeAll(HIDDEN);
            return visible;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId.cleanSubject(request, response, context);
    }

    /** For readiness: the OpenID Connect mechanism this one hands over to was injected. */
    public boolean hasOpenIdMechanism() {
        return openId != null;
    }

    private static boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(CallbackServlet.PATH);
    }

    /** /signin?next=/x means /x; any other protected page means itself. */
    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SignInServlet.PATH.equals(path)) {
            return LocalPath.parseOrHome(request.getParameter("next"));
        }
        String query = request.getQueryString();
        return LocalPath.parseOrHome(query == null ? path : path + "?" + query);
    }
}
