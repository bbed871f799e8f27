package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.SupporterCount;
import de.mitwirken.platform.boundary.JobClaims;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the distinct supporters of each item's linked needs (table backlog_item_supporters): counted again for
 * one item when needs are linked to it, and for all open items every hour, because a ranking must not wait
 * for millions of supports to be counted (one node of the cluster: the hour's slot is claimed, {@link JobClaims}).
 * The count's date shows how current it is.
 */
@Stateless
public class SupporterCounts {

    /** Keeps IN lists to a size every database plans well. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    JobClaims claims;

    public void countFor(long itemId) {
        em.flush(); // the needs just linked must be visible to the query
        em.createNamedQuery(SupporterCount.COUNT_SUPPORTERS_OF_ITEM).setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, itemId).executeUpdate();
    }

    /** The items the given needs feed, counted again (after supports of those needs changed). */
    public void countForItemsOfNeeds(Set<Long> needIds) {
        if (needIds.isEmpty()) {
            return;
        }
        Set<Long> items = new TreeSet<>();
        List<Long> ids = List.copyOf(needIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            items.addAll(em.createNamedQuery(SupporterCount.ITEMS_OF_NEEDS, Long.class)
                    .setParameter("open", BacklogScoring.OPEN)
                    .setParameter("needIds", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList());
        }
        items.forEach(this::countFor);
    }

    /** Items that never had a count (e.g. loaded by a migration) get one; cheap, as there are few. */
    public void countForUncounted() {
        em.createNamedQuery(SupporterCount.COUNT_SUPPORTERS_OF_UNCOUNTED).setParameter(1, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void countForAllOpenItems() {
        if (!claims.claimInterval("backlog.supporter-counts", Duration.ofHours(1))) {
            return; // another node counts this hour
        }
        em.createNamedQuery(SupporterCount.COUNT_SUPPORTERS_OF_OPEN).setParameter(1, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
