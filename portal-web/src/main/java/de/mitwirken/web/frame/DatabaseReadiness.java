package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.SystemStatusFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the database answers through the portal's own persistence (a boundary, its EntityManager and the
 * pool), not only a raw connection: a deployment whose persistence unit was closed under it (a redeploy that raced
 * a restart, issue #20) had a pool that answered while every page failed. Served by Payara under /health/ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SystemStatusFacade systemStatus;

    @Override
    public HealthCheckResponse call() {
        try {
            systemStatus.checkPersistence();
            return HealthCheckResponse.named("database").up().build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", rootCause(e)).build();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
