package de.mitwirken.needs.boundary;

import java.io.Serializable;
import java.time.LocalDate;
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
     * how far it is there as a key of the portal's message bundle (e.g. the item's status; null: nothing to say),
     * a progress in percent (null: none) and the steps beyond it (see {@link #chainsOf}; empty elsewhere).
     */
    record Destination(String label, String path, String stateKey, Integer progress, List<Step> steps)
            implements Serializable {

        public Destination {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public Destination(String label, String path, String stateKey, Integer progress) {
            this(label, path, stateKey, progress, List.of());
        }

        public Destination(String label, String path) {
            this(label, path, null, null, List.of());
        }

        /** The steps of one kind, e.g. "milestone" or "kpi". */
        public List<Step> steps(String kind) {
            return steps.stream().filter(s -> s.kind().equals(kind)).toList();
        }
    }

    /**
     * A step further down the chain of a destination, e.g. a milestone or a KPI of a backlog item: its kind, a
     * label in the viewer's language, its state as a key of the portal's message bundle and a date (null: none).
     */
    record Step(String kind, String label, String stateKey, LocalDate date) implements Serializable {
    }

    Map<Long, List<Destination>> destinationsOf(Collection<Long> needIds, String languageTag);

    /** Where clusters of needs went; none unless the implementation knows. */
    default Map<Long, List<Destination>> destinationsOfClusters(Collection<Long> clusterIds, String languageTag) {
        return Map.of();
    }

    /**
     * The whole chain, for a person's own needs and supports ("My participation"): the destinations with the steps
     * beyond them. Without steps unless the implementation has some.
     */
    default Map<Long, List<Destination>> chainsOf(Collection<Long> needIds, String languageTag) {
        return destinationsOf(needIds, languageTag);
    }
}
