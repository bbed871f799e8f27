package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemChange;
import de.mitwirken.backlog.entity.Milestone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jakarta.persistence.EntityManager;

/** The reads the office's planning and the public item page share: an item's plan and its change history. */
final class PlanReads {

    /** Changes shown on one page of the history. */
    static final int HISTORY_PAGE_SIZE = 20;

    private PlanReads() {
    }

    static ItemPlan plan(EntityManager em, BacklogItem item, LocalDate today) {
        // the newest history row (read as an entity: an aggregate over a time column comes back as a Timestamp)
        Instant changed = em.createNamedQuery(ItemChange.OF_ITEM, ItemChange.class).setParameter("itemId", item.id())
                .setMaxResults(1).getResultStream().findFirst().map(ItemChange::changedAt).orElse(item.createdAt());
        return new ItemPlan(item.id(), item.version(), item.status(), item.title(), item.description(), item.fields(),
                item.ownerDepartment(), item.horizon(), item.startDate(), item.endDate(), item.budgetPlanned(),
                item.budgetSpent(), item.contactName(), item.contactEmail(), item.contactPhone(), item.progressMode(),
                item.progress(), item.milestones().stream().map(m -> step(m, today)).toList(),
                changed.atZone(ItemPlanner.CITY).toLocalDate());
    }

    /** A page of the history, newest first; a page beyond the last shows the last. */
    static HistoryPage history(EntityManager em, long itemId, int page) {
        long total = em.createNamedQuery(ItemChange.COUNT_OF_ITEM, Long.class).setParameter("itemId", itemId)
                .getSingleResult();
        if (total == 0) {
            return HistoryPage.none(HISTORY_PAGE_SIZE);
        }
        int pages = (int) ((total + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<HistoryPage.Entry> entries = em.createNamedQuery(ItemChange.OF_ITEM, ItemChange.class)
                .setParameter("itemId", itemId).setFirstResult(shown * HISTORY_PAGE_SIZE).setMaxResults(HISTORY_PAGE_SIZE)
                .getResultStream().map(c -> new HistoryPage.Entry(c.changedAt().atZone(ItemPlanner.CITY).toLocalDate(),
                        c.field(), c.subject(), c.oldValue(), c.newValue(), c.note())).toList();
        return new HistoryPage(entries, total, shown, HISTORY_PAGE_SIZE);
    }

    private static ItemPlan.Step step(Milestone m, LocalDate today) {
        return new ItemPlan.Step(m.id(), m.position(), m.title(), m.description(), m.dueDate(), m.state(today),
                m.completedOn(), m.moves().stream().map(v -> new ItemPlan.Move(v.fromDate(), v.toDate(), v.reason(),
                        v.movedOn())).toList());
    }
}
