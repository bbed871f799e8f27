package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.SearchIndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's search index, under /health/ready. Always UP: while the index is built ("index warming") or if it
 * failed, searches and suggestions come from the database, so a load balancer need not wait (and a test stack
 * does not hang on a large build); the data says how it stands and how many needs it holds.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Inject
    PublicNeeds needs;

    @Override
    public HealthCheckResponse call() {
        try {
            SearchIndexStatus status = needs.searchIndexStatus();
            return HealthCheckResponse.named("search-index").up()
                    .withData("state", status.warming() ? "index warming" : status.state())
                    .withData("needs", status.needs()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-index").up().withData("state", "unknown: " + e).build();
        }
    }
}
