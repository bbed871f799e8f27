package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.BacklogItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What everyone may read of a published item's plan: the timeline of its milestones (planned, reached, overdue,
 * with every move and its reason), budget, public contact, when a public field last changed, and the change
 * history of its public fields. Nothing for unknown or unpublished items; no member of staff is named.
 */
@Stateless
@PermitAll
public class PublicPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    BacklogConfig config;

    @Inject
    ItemPlanner planner;

    public Optional<ItemPlan> plan(long itemId) {
        return published(itemId).map(item -> PlanReads.plan(em, item, planner.today()));
    }

    /** A page (0-based) of the history, newest first; empty for unknown and unpublished items. */
    public HistoryPage history(long itemId, int page) {
        return published(itemId).map(item -> PlanReads.history(em, itemId, page))
                .orElse(HistoryPage.none(PlanReads.HISTORY_PAGE_SIZE));
    }

    private Optional<BacklogItem> published(long itemId) {
        BacklogItem item = em.find(BacklogItem.class, itemId);
        return item == null || !config.publishedStatuses().contains(item.status()) ? Optional.empty() : Optional.of(item);
    }
}
