package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedDestinations.Destination;
import de.mitwirken.needs.boundary.WhereNeedsWent;
import de.mitwirken.web.frame.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For the public pages of a need and a cluster: the places it went, e.g. the backlog items it feeds. */
@Named
@RequestScoped
public class DestinationsBean {

    @Inject
    WhereNeedsWent where;

    @Inject
    LocaleBean locale;

    /** Asked once per request and page part, however often the page reads it. */
    private final Map<String, List<Destination>> asked = new HashMap<>();

    public List<Destination> ofNeed(long needId) {
        return asked.computeIfAbsent("need-" + needId, k -> where.ofNeed(needId, locale.getTag()));
    }

    public List<Destination> ofCluster(long clusterId) {
        return asked.computeIfAbsent("cluster-" + clusterId, k -> where.ofCluster(clusterId, locale.getTag()));
    }
}
