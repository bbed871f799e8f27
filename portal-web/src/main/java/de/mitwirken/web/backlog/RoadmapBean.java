package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.needs.entity.StrategyField;
import de.mitwirken.web.platform.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The public roadmap: published backlog items, filtered by strategy field and horizon (URL parameters). */
@Named
@RequestScoped
public class RoadmapBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicRoadmap roadmap;

    private StrategyField field;
    private Horizon horizon;
    private List<ItemSummary> items;

    @PostConstruct
    void load() {
        field = UrlParams.enumOf(StrategyField.class, request.getParameter("field"));
        horizon = UrlParams.enumOf(Horizon.class, request.getParameter("horizon"));
        items = roadmap.roadmap(field, horizon);
    }

    public List<ItemSummary> getItems() {
        return items;
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
