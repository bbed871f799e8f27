package de.mitwirken.needs.boundary;

import de.mitwirken.needs.boundary.NeedDestinations.Destination;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For the public pages of a need and of a cluster: where it went beyond this capability (e.g. the backlog items
 * it feeds, with their status and progress), asked of every {@link NeedDestinations} there is. Open to everyone;
 * the implementations show only what the public may see.
 */
@Stateless
@PermitAll
public class WhereNeedsWent {

    @Inject
    @Any
    Instance<NeedDestinations> destinations;

    public List<Destination> ofNeed(long needId, String languageTag) {
        List<Destination> all = new ArrayList<>();
        for (NeedDestinations source : destinations) {
            all.addAll(source.destinationsOf(Set.of(needId), languageTag).getOrDefault(needId, List.of()));
        }
        return all;
    }

    public List<Destination> ofCluster(long clusterId, String languageTag) {
        List<Destination> all = new ArrayList<>();
        for (NeedDestinations source : destinations) {
            all.addAll(source.destinationsOfClusters(Set.of(clusterId), languageTag).getOrDefault(clusterId, List.of()));
        }
        return all;
    }
}
