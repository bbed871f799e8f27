package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Attention;
import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.DivergenceView;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.boundary.OfficeDashboard;
import de.mitwirken.backlog.boundary.Synergies;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.NeedStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/**
 * The strategy office's dashboard: the top of the ranking, KPIs that are off or at risk (worst first), open
 * divergences (oldest first) and published needs still waiting for the city's answer (most supported first); and
 * what waits for the office ({@link Attention}): board recommendations without the administration's answer,
 * overdue milestones, published items without a KPI and open items without a change for 90 days.
 */
@Named
@RequestScoped
public class DashboardBean {

    static final int TOP = 10;
    static final int NEEDS_SHOWN = 8;

    @Inject
    Backlog backlog;

    @Inject
    Synergies synergies;

    @Inject
    Kpis kpis;

    @Inject
    PublicNeeds needs;

    @Inject
    OfficeDashboard dashboard;

    private List<ItemSummary> top;
    private List<KpiView> kpisAtRisk;
    private List<DivergenceView> openDivergences;
    private NeedPage waiting;
    private Attention attention;

    @PostConstruct
    void init() {
        top = backlog.items().stream().filter(i -> i.rank() != null).limit(TOP).toList();
        kpisAtRisk = kpis.overview().stream()
                .filter(k -> k.assessment().status() == KpiStatus.OFF_TRACK || k.assessment().status() == KpiStatus.AT_RISK)
                .sorted(Comparator.comparing((KpiView k) -> k.assessment().status() == KpiStatus.OFF_TRACK ? 0 : 1)
                        .thenComparing(k -> k.definition().name()))
                .toList();
        openDivergences = synergies.divergences(true);
        waiting = needs.page(new NeedFilter(null, null, NeedStatus.PUBLISHED, null, null, null,
                NeedFilter.Sort.MOST_SUPPORTED, 0));
        attention = dashboard.attentionList();
    }

    public Attention getAttention() {
        return attention;
    }

    public int getQuietDays() {
        return OfficeDashboard.QUIET_DAYS;
    }

    public List<ItemSummary> getTop() {
        return top;
    }

    public List<KpiView> getKpisAtRisk() {
        return kpisAtRisk;
    }

    public List<DivergenceView> getOpenDivergences() {
        return openDivergences;
    }

    public long getWaitingTotal() {
        return waiting.total();
    }

    public List<NeedSummary> getWaiting() {
        return waiting.needs().stream().limit(NEEDS_SHOWN).toList();
    }
}
