package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.UnavailableException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness is DOWN unless the door stands: headers filter started, every own servlet and filter started with its
 * dependencies, sign-in in place (issue #20: a raced restart served pages without the filter and with servlets
 * whose fields were null while readiness said UP).
 */
class FrontDoorReadinessTest {

    private static final String CALENDAR = "de.mitwirken.web.conference.ConferenceFilesServlet";
    private static final String CONSENT = "ConsentFilter";

    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> servlets = Map.of(CALENDAR, CALENDAR,
            "Faces Servlet", "jakarta.faces.webapp.FacesServlet");
    private final Map<String, String> filters = Map.of("SecurityHeadersFilter", SecurityHeadersFilter.class.getName(),
            CONSENT, ConsentFilter.class.getName());
    private FrontDoor door;
    private FrontDoorReadiness readiness;

    @BeforeEach
    void setUp() {
        door = FrontDoor.open(Fakes.servletContext(attributes, servlets, filters),
                SecurityHeaders.forProvider("http://localhost:8180/realms/mitwirken"));
        readiness = new FrontDoorReadiness();
        readiness.servletContext = Fakes.servletContext(attributes, servlets, filters);
        readiness.oidc = new OidcConfig();
        readiness.oidc.providerUri = "http://localhost:8180/realms/mitwirken";
        readiness.oidc.clientId = "portal";
        readiness.oidc.clientSecret = "secret";
        readiness.oidc.baseUrl = "http://localhost:8080";
        ReturnToPageMechanism mechanism = new ReturnToPageMechanism();
        mechanism.openId = new OpenIdSignIn();
        readiness.mechanism = instanceOf(mechanism);
    }

    @Test
    void upWhenTheFilterAndEveryOwnServletAndFilterHaveStarted() throws Exception {
        door.headersFilterStarted();
        door.admit(CALENDAR, new Injected("a boundary"));
        door.admit(CONSENT, new Injected("a boundary"));

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), String.valueOf(response.getData()));
    }

    @Test
    void downWhenTheSecurityHeadersFilterIsNotActive() throws Exception {
        door.admit(CALENDAR, new Injected("a boundary"));
        door.admit(CONSENT, new Injected("a boundary"));

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().containsValue("the security headers filter has not started"));
    }

    @Test
    void downWhenAServletWasStartedWithoutItsDependencies() throws Exception {
        door.headersFilterStarted();
        door.admit(CONSENT, new Injected("a boundary"));

        UnavailableException refused = assertThrows(UnavailableException.class,
                () -> door.admit(CALENDAR, new Injected(null)));
        HealthCheckResponse response = readiness.call();

        assertTrue(refused.getMessage().contains("Injected.boundary"), refused.getMessage());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().toString().contains(CALENDAR + ": not injected: Injected.boundary"),
                response.getData().toString());
    }

    @Test
    void downWhenAnOwnServletNeverStarted() throws Exception {
        door.headersFilterStarted();
        door.admit(CONSENT, new Injected("a boundary"));

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().containsValue(CALENDAR + ": not started"));
    }

    @Test
    void downWithoutAFrontDoor() {
        attributes.clear();

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    @Test
    void downWhenTheSignInMechanismLostItsOpenIdSignIn() throws Exception {
        door.headersFilterStarted();
        door.admit(CALENDAR, new Injected("a boundary"));
        door.admit(CONSENT, new Injected("a boundary"));
        readiness.mechanism = instanceOf(new ReturnToPageMechanism());

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }

    @Test
    void downWhenSignInIsNotConfigured() throws Exception {
        door.headersFilterStarted();
        door.admit(CALENDAR, new Injected("a boundary"));
        door.admit(CONSENT, new Injected("a boundary"));
        readiness.oidc.clientSecret = " ";

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }

    /** A component with one injected field. */
    static final class Injected {
        @Inject
        Object boundary;

        Injected(Object boundary) {
            this.boundary = boundary;
        }
    }

    @SuppressWarnings("unchecked")
    private static Instance<HttpAuthenticationMechanism> instanceOf(HttpAuthenticationMechanism mechanism) {
        return (Instance<HttpAuthenticationMechanism>) Proxy.newProxyInstance(FrontDoorReadinessTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isResolvable" -> true;
                    case "get" -> mechanism;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
