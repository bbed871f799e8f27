package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemChange;
import de.mitwirken.backlog.entity.Milestone;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The newest changes of published items' status, progress and milestones (added, moved, reached), newest
     * first, at most {@code max}: the roadmap's news, as the items' public change histories show them.
     */
    public List<RoadmapChange> recentChanges(int max) {
        return em.createNamedQuery(ItemChange.RECENT_OF_PUBLISHED, Object[].class)
                .setParameter("statuses", config.publishedStatuses()).setParameter("fields", RoadmapChange.FIELDS)
                .setMaxResults(Math.max(0, Math.min(max, 200))).getResultStream().map(row -> {
                    ItemChange c = (ItemChange) row[0];
                    return new RoadmapChange(c.id(), c.itemId(), (String) row[1], c.field(), c.subject(), c.oldValue(),
                            c.newValue(), c.note(), c.changedAt());
                }).toList();
    }

    /**
     * The milestones of published items reached in a period (from and to included) and those overdue at its end
     * (due before its last day and not reached by then), for reports on the period.
     */
    public MilestonesOfPeriod milestonesOfPeriod(LocalDate from, LocalDate to) {
        return new MilestonesOfPeriod(
                lines(em.createNamedQuery(Milestone.REACHED_BETWEEN, Object[].class).setParameter("from", from)
                        .setParameter("to", to)),
                lines(em.createNamedQuery(Milestone.OVERDUE_ON, Object[].class).setParameter("day", to)));
    }

    private List<MilestonesOfPeriod.Line> lines(TypedQuery<Object[]> query) {
        return query.setParameter("statuses", config.publishedStatuses()).getResultStream()
                .map(row -> new MilestonesOfPeriod.Line(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (LocalDate) row[3], (LocalDate) row[4])).toList();
    }

    private Optional<BacklogItem> published(long itemId) {
        BacklogItem item = em.find(BacklogItem.class, itemId);
        return item == null || !config.publishedStatuses().contains(item.status()) ? Optional.empty() : Optional.of(item);
    }
}
