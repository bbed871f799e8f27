package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.SearchIndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
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
        Map<String, Object> data = new LinkedHashMap<>();
        try {
            SearchIndexStatus status = needs.searchIndexStatus();
            data.put("state", status.warming() ? "index warming" : status.state());
            data.put("needs", status.needs());
        } catch (RuntimeException e) {
            data.put("state", "unknown: " + e);
        }
        return new HealthCheckResponse("search-index", Status.UP, Optional.of(data));
    }
}
