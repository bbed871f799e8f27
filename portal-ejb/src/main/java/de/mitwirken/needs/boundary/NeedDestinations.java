package de.mitwirken.needs.boundary;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where needs went beyond this capability, e.g. the strategy backlog items they feed ("you said – we
 * did"). Implemented by capabilities that build on needs (as CDI beans); needs knows none of them.
 */
public interface NeedDestinations {

    /**
     * A place a need (or a cluster) went: a label (already in the viewer's language), a link inside the portal,
     * how far it is there as a key of the portal's message bundle (e.g. the item's status; null: nothing to say)
     * and a progress in percent (null: none).
     */
    record Destination(String label, String path, String stateKey, Integer progress) implements java.io.Serializable {

        public Destination(String label, String path) {
            this(label, path, null, null);
        }
    }

    Map<Long, List<Destination>> destinationsOf(Collection<Long> needIds, String languageTag);

    /** Where clusters of needs went; none unless the implementation knows. */
    default Map<Long, List<Destination>> destinationsOfClusters(Collection<Long> clusterIds, String languageTag) {
        return Map.of();
    }
}
