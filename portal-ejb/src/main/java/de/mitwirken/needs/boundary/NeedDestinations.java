package de.mitwirken.needs.boundary;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where needs went beyond this capability, e.g. the strategy backlog items they feed ("you said – we
 * did"). Implemented by capabilities that build on needs (as CDI beans); needs knows none of them.
 */
public interface NeedDestinations {

    /** A place a need went: a label (already in the viewer's language) and a link inside the portal. */
    record Destination(String label, String path) implements java.io.Serializable {
    }

    Map<Long, List<Destination>> destinationsOf(Collection<Long> needIds, String languageTag);
}
