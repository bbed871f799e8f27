package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.boundary.RoadmapPage;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The public roadmap: published backlog items, filtered by strategy field and horizon, one page at a time
 * (URL parameters field, horizon and page, 0-based like the needs list), so it stays bookmarkable.
 */
@Named
@RequestScoped
public class RoadmapBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicRoadmap roadmap;

    private StrategyField field;
    private Horizon horizon;
    private RoadmapPage page;

    @PostConstruct
    void load() {
        field = UrlParams.enumOf(StrategyField.class, HiddenControlsFilter.parameter(request, "field"));
        horizon = UrlParams.enumOf(Horizon.class, HiddenControlsFilter.parameter(request, "horizon"));
        Long number = UrlParams.id(HiddenControlsFilter.parameter(request, "page"));
        page = roadmap.page(field, horizon, number == null ? 0 : (int) Math.min(100_000, number));
    }

    public List<ItemSummary> getItems() {
        return page.items();
    }

    public RoadmapPage getPage() {
        return page;
    }

    /** The address of another page of this roadmap with the same filter. */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/backlog/index.xhtml");
        char sep = '?';
        if (field != null) {
            url.append(sep).append("field=").append(field.name());
            sep = '&';
        }
        if (horizon != null) {
            url.append(sep).append("horizon=").append(horizon.name());
            sep = '&';
        }
        if (number > 0) {
            url.append(sep).append("page=").append(number);
        }
        return url.toString();
    }

    public StrategyField getField() {
        return field;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<StrategyField> getFields() {
        return List.of(StrategyField.values());
    }

    public List<Horizon> getHorizons() {
        return List.of(Horizon.values());
    }
}
