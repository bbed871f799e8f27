package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.SuccessFactor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The success factors of the council motion with their KPIs, status and measured values. */
@Named
@RequestScoped
public class KpisBean {

    @Inject
    Kpis kpis;

    /** A success factor and its KPIs. */
    public record Group(SuccessFactor factor, List<KpiView> kpis) {
    }

    private List<Group> groups;

    @PostConstruct
    void load() {
        List<KpiView> all = kpis.overview();
        groups = java.util.Arrays.stream(SuccessFactor.values())
                .map(f -> new Group(f, all.stream().filter(k -> k.definition().successFactor() == f).toList()))
                .toList();
    }

    public List<Group> getGroups() {
        return groups;
    }
}
