package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.HistoryPage;
import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.PublicPlans;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The plan on the public item page: the milestones as a timeline, budget and contact, when it last changed, and
 * one page of the change history (paged in the address, ?history=N, so the page stays stateless). The item page's
 * own bean answers 404 for unknown and unpublished items; here they simply have no plan.
 */
@Named
@RequestScoped
public class ItemPlanBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicPlans plans;

    private ItemPlan plan;
    private HistoryPage history;

    @PostConstruct
    void load() {
        Long id = UrlParams.id(HiddenControlsFilter.parameter(request, "id"));
        plan = id == null ? null : plans.plan(id).orElse(null);
        if (plan != null) {
            Long page = UrlParams.id(HiddenControlsFilter.parameter(request, "history"));
            history = plans.history(id, page == null ? 0 : (int) Math.min(page - 1, Integer.MAX_VALUE));
        }
    }

    public ItemPlan getPlan() {
        return plan;
    }

    public HistoryPage getHistory() {
        return history;
    }

    /** The address of another page of the history (1-based in the address). */
    public String historyUrl(int page) {
        return request.getContextPath() + "/backlog/item.xhtml?id=" + plan.itemId() + "&history=" + (page + 1)
                + "#history-heading";
    }
}
