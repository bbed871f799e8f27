package de.mitwirken.web.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.SearchIndexStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class SearchIndexReadinessTest {

    @Test
    void aWarmingIndexSaysSoAndTheNodeStaysReady() {
        HealthCheckResponse response = readiness(new SearchIndexStatus("warming", 12_000)).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), "pages work from the database meanwhile");
        assertEquals("index warming", response.getData().orElseThrow().get("state"));
        assertEquals(12_000L, response.getData().orElseThrow().get("needs"));
    }

    @Test
    void aBuiltIndexIsReady() {
        HealthCheckResponse response = readiness(new SearchIndexStatus("ready", 100_000)).call();
        assertEquals("ready", response.getData().orElseThrow().get("state"));
    }

    private static SearchIndexReadiness readiness(SearchIndexStatus status) {
        SearchIndexReadiness readiness = new SearchIndexReadiness();
        readiness.needs = new PublicNeeds() {
            @Override
            public SearchIndexStatus searchIndexStatus() {
                return status;
            }
        };
        return readiness;
    }
}
