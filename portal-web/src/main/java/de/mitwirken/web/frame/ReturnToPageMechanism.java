package de.mitwirken.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The portal's only authentication mechanism: sign-in through Keycloak ({@link OpenIdSignIn}, the code flow with
 * PKCE), plus "back to the page you wanted" after sign-in: the page is remembered in a short-lived cookie when a
 * visitor is sent to Keycloak, and {@link CallbackServlet} sends them there once Keycloak has signed them in.
 * <p>
 * Every later request of a signed-in session is authenticated here from the caller remembered at the sign-in
 * (name and the ID token's groups, {@link SessionKeys.Caller}). A name with groups is mapped to roles without
 * Payara looking up the groups of a session's principal through a thread-bound security context, which under
 * parallel requests could belong to another request (payara/Payara#6145: a request kept its name but lost its
 * roles). Sign-out ({@link #cleanSubject}) forgets the caller; the session ends with it.
 * <p>
 * And: the security headers ({@link SecurityHeaders}) are set here first, because this runs for every request,
 * before any filter, and some responses are given here already.
 */
@ApplicationScoped
public class ReturnToPageMechanism implements HttpAuthenticationMechanism {

    @Inject
    OpenIdSignIn openId;

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
        if (isCallback(request)) {
            // only the callback carries an authorisation response; elsewhere "state" or "code" are just parameters
            return openId.callback(request, response, context);
        }
        Optional<SessionKeys.Caller> signedIn = SessionKeys.caller(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
        }
        if (context.isProtected()) {
            ReturnCookie.write(request, response, target(request));
            return openId.start(request, response, context);
        }
        return context.doNothing(); // a visitor on a public page: nothing to authenticate
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) throws AuthenticationException {
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionKeys.forgetSignIn(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** For readiness: the sign-in this mechanism hands over to was injected. */
    public boolean hasOpenIdSignIn() {
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
