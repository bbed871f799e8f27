package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.BacklogScoring;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.needs.entity.StrategyField;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
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

    /** Ranked items first (by rank), then the others (done ones and unranked) by id; null filters mean all. */
    public List<ItemSummary> roadmap(StrategyField field, Horizon horizon) {
        return em.createNamedQuery(BacklogItem.WITH_FIELDS, BacklogItem.class)
                .setParameter("statuses", config.publishedStatuses()).getResultStream()
                .filter(i -> field == null || i.fields().contains(field))
                .filter(i -> horizon == null || i.horizon() == horizon)
                .map(ItemSummary::of)
                .sorted(Comparator.comparing(ItemSummary::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ItemSummary::id))
                .toList();
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
