package de.mitwirken.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means also: what a visitor needs at the door stands. The security headers filter has started; every
 * servlet and filter of the portal has started with all its injected dependencies (the calendar and PDF
 * downloads among them); the sign-in mechanism is in place and configured. Served by Payara under /health/ready
 * beside {@link DatabaseReadiness}.
 */
@Readiness
@ApplicationScoped
public class FrontDoorReadiness implements HealthCheck {

    @Inject
    ServletContext servletContext;

    @Inject
    OidcConfig oidc;

    @Inject
    Instance<HttpAuthenticationMechanism> mechanism;

    @Override
    public HealthCheckResponse call() {
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(frontDoorProblems(servletContext));
            problems.addAll(signInProblems());
        } catch (RuntimeException e) {
            problems.add("check failed: " + e);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < problems.size(); i++) {
            data.put("problem-" + (i + 1), problems.get(i));
        }
        return new HealthCheckResponse("front-door", problems.isEmpty() ? Status.UP : Status.DOWN,
                data.isEmpty() ? Optional.empty() : Optional.of(data));
    }

    /** The headers filter and the portal's own servlets and filters, as the container registered them. */
    static List<String> frontDoorProblems(ServletContext context) {
        FrontDoor door = FrontDoor.of(context).orElse(null);
        if (door == null) {
            return List.of("the front door was not opened (FrontDoorListener did not run)");
        }
        List<String> problems = new ArrayList<>();
        if (!door.isHeadersFilterStarted()) {
            problems.add("the security headers filter has not started");
        }
        door.broken().forEach((name, why) -> problems.add(name + ": " + why));
        for (Map.Entry<String, String> servlet : ownClasses(context.getServletRegistrations())) {
            if (!door.hasStarted(servlet.getKey()) && !door.broken().containsKey(servlet.getKey())) {
                problems.add(servlet.getKey() + ": not started");
            }
        }
        for (Map.Entry<String, String> filter : ownClasses(context.getFilterRegistrations())) {
            boolean headersFilter = filter.getValue().equals(SecurityHeadersFilter.class.getName());
            if (!headersFilter && !door.hasStarted(filter.getKey()) && !door.broken().containsKey(filter.getKey())) {
                problems.add(filter.getKey() + ": not started");
            }
        }
        return problems;
    }

    private static List<Map.Entry<String, String>> ownClasses(
            Map<String, ? extends jakarta.servlet.Registration> registrations) {
        List<Map.Entry<String, String>> own = new ArrayList<>();
        registrations.forEach((name, registration) -> {
            String className = registration.getClassName();
            if (className != null && className.startsWith("de.mitwirken.")) {
                own.add(Map.entry(name, className));
            }
        });
        return own;
    }

    private List<String> signInProblems() {
        List<String> problems = new ArrayList<>();
        if (blank(oidc.getProviderUri()) || blank(oidc.getClientId()) || blank(oidc.getClientSecret())
                || blank(oidc.getBaseUrl())) {
            problems.add("sign-in is not configured (oidc.provider.uri, oidc.client.id, oidc.client.secret,"
                    + " portal.base.url)");
        }
        if (!mechanism.isResolvable()) {
            problems.add("no single sign-in mechanism");
        } else if (!(mechanism.get() instanceof ReturnToPageMechanism portal)) {
            problems.add("the sign-in mechanism is not the portal's");
        } else if (!portal.hasOpenIdSignIn()) {
            problems.add("the sign-in mechanism has no OpenID Connect sign-in to hand over to");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
