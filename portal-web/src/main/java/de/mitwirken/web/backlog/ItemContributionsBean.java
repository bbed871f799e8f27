package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * On the public page of a published item: the clusters of needs it answers and the KPIs it contributes to (each
 * with the same chart and table as on the success-factor page). The page itself answers 404 for other items.
 */
@Named
@RequestScoped
public class ItemContributionsBean {

    @Inject
    HttpServletRequest request;

    @Inject
    ItemLinks links;

    @Inject
    Kpis kpis;

    private ItemConnections.Published published = ItemConnections.Published.NONE;
    private List<KpiView> itemKpis = List.of();

    @PostConstruct
    void load() {
        Long id = UrlParams.id(HiddenControlsFilter.parameter(request, "id"));
        if (id != null) {
            published = links.published(id);
            itemKpis = published == ItemConnections.Published.NONE ? List.of() : kpis.ofItem(id);
        }
    }

    public List<ItemConnections.Ref> getClusters() {
        return published.clusters();
    }

    /** The recommendations of the board the office linked to the item (ids; the board names them). */
    public List<Long> getRecommendationIds() {
        return published.recommendationIds();
    }

    public List<KpiView> getKpis() {
        return itemKpis;
    }
}
