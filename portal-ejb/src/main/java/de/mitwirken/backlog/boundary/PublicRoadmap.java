package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.BacklogScoring;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public roadmap: published items (status PRIORITISED or later by default, configurable with
 * portal.backlog.roadmap.published-from; never dropped ones) in rank order, filtered by strategy field and
 * horizon, and an item with its score explanation. Read-only and open to everyone.
 */
@Stateless
@PermitAll
public class PublicRoadmap {

    @PersistenceContext
    EntityManager em;

    @Inject
    BacklogConfig config;

    @Inject
    BacklogScoring scoring;

    /**
     * Every published item for the filter (null means all), ranked items first by rank, then the others (done
     * ones and unranked) by id: for the CSV export and the API, which give the whole list.
     */
    public List<ItemSummary> roadmap(StrategyField field, Horizon horizon) {
        return summaries(query(field, horizon));
    }

    /**
     * One page of the roadmap in the same order; the database filters, orders and pages (two queries and one
     * for the page's fields), so the cost does not grow with the backlog. A page beyond the last shows the last.
     */
    public RoadmapPage page(StrategyField field, Horizon horizon, int page) {
        int size = config.roadmapPageSize();
        TypedQuery<Long> count = em.createNamedQuery(field == null ? BacklogItem.ROADMAP_COUNT
                : BacklogItem.ROADMAP_COUNT_IN_FIELD, Long.class);
        long total = filtered(count, field, horizon).getSingleResult();
        int shown = Math.max(0, Math.min(page, RoadmapPage.pages(total, size) - 1));
        List<ItemSummary> items = total == 0 ? List.of()
                : summaries(query(field, horizon).setFirstResult(shown * size).setMaxResults(size));
        return new RoadmapPage(items, total, shown, size);
    }

    private TypedQuery<BacklogItem> query(StrategyField field, Horizon horizon) {
        TypedQuery<BacklogItem> query = em.createNamedQuery(field == null ? BacklogItem.ROADMAP
                : BacklogItem.ROADMAP_IN_FIELD, BacklogItem.class);
        return filtered(query, field, horizon);
    }

    private <T> TypedQuery<T> filtered(TypedQuery<T> query, StrategyField field, Horizon horizon) {
        query.setParameter("statuses", config.publishedStatuses())
                .setParameter("horizons", horizon == null ? EnumSet.allOf(Horizon.class) : EnumSet.of(horizon));
        return field == null ? query : query.setParameter("field", field);
    }

    private static List<ItemSummary> summaries(TypedQuery<BacklogItem> query) {
        // the items' fields in one IN query for the whole result, not one query per item; read-only: the rows are
        // only copied into summaries, so EclipseLink need not register them in the unit of work
        return query.setHint("eclipselink.batch", "i.fields").setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true").getResultStream().map(ItemSummary::of).toList();
    }

    /** A published item; empty for unknown and unpublished ones, so that drafts stay internal. */
    public Optional<ItemDetail> item(long id) {
        BacklogItem item = em.find(BacklogItem.class, id);
        if (item == null || !config.publishedStatuses().contains(item.status())) {
            return Optional.empty();
        }
        return Optional.of(BacklogReads.detail(em, scoring, item, config.publishedStatuses()));
    }

    /** The statuses the public sees (portal.backlog.roadmap.published-from and later, never DROPPED). */
    public Set<ItemStatus> publishedStatuses() {
        return config.publishedStatuses();
    }
}
