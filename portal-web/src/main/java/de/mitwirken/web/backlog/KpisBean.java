package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.SuccessFactor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The success factors of the council motion with their KPIs, status and measured values, per KPI a chart
 * of the values against the line its status follows (with a text alternative and the table of values, see
 * {@link KpiCharts}), and the published items that contribute to it.
 */
@Named
@RequestScoped
public class KpisBean {

    @Inject
    Kpis kpis;

    /** A success factor and its KPIs. */
    public record Group(SuccessFactor factor, List<KpiView> kpis) {
    }

    private List<Group> groups;
    private Map<Long, List<ItemConnections.Ref>> contributors;

    @PostConstruct
    void load() {
        List<KpiView> all = kpis.overview();
        groups = Arrays.stream(SuccessFactor.values())
                .map(f -> new Group(f, all.stream().filter(k -> k.definition().successFactor() == f).toList()))
                .toList();
        contributors = kpis.contributors();
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** The published items that contribute to a KPI (number, title, status key). */
    public List<ItemConnections.Ref> contributors(long kpiId) {
        return contributors.getOrDefault(kpiId, List.of());
    }
}
