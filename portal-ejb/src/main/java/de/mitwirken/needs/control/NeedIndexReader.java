package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.NeedChange;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search index reads from the database: the change log and the listed needs with the columns it
 * indexes (projections, never entities: EclipseLink's shared cache must not answer for another node's changes).
 * Each call is a transaction of its own, so every poll sees what was committed before it.
 */
@Stateless
public class NeedIndexReader {

    /** A row of the change log. */
    public record Change(long id, long needId) {
    }

    @PersistenceContext
    EntityManager em;

    public long newestChange() {
        Long newest = em.createNamedQuery(NeedChange.NEWEST, Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** Up to {@code max} changes after the given id, and those among the gaps that have turned up. */
    public List<Change> changes(long after, Collection<Long> gaps, int max) {
        List<Change> changes = new ArrayList<>(changes(em.createNamedQuery(NeedChange.AFTER, Object[].class)
                .setParameter("after", after).setMaxResults(max).getResultList()));
        if (!gaps.isEmpty()) {
            changes.addAll(changes(em.createNamedQuery(NeedChange.AMONG, Object[].class).setParameter("ids", gaps)
                    .getResultList()));
        }
        return changes;
    }

    /** Listed needs with an id above the given one, by id: one batch of the full build. */
    public List<IndexedNeed> listedAfter(long afterNeedId, int max) {
        return withServices(em.createNamedQuery(NeedChange.LISTED_AFTER, Object[].class)
                .setParameter("after", afterNeedId).setMaxResults(max).getResultList());
    }

    /** The listed ones among these needs; the others are to leave the index. */
    public List<IndexedNeed> listed(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return List.of();
        }
        return withServices(em.createNamedQuery(NeedChange.LISTED_AMONG, Object[].class).setParameter("ids", needIds)
                .getResultList());
    }

    /** Deletes changes older than the given time, keeping the newest row; harmless when two nodes run it. */
    public int prune(Instant before) {
        return em.createNamedQuery(NeedChange.PRUNE).setParameter("before", before)
                .setParameter("newest", newestChange()).executeUpdate();
    }

    private static List<Change> changes(List<Object[]> rows) {
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
    }

    private List<IndexedNeed> withServices(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Set<Long>> services = new HashMap<>();
        for (Object[] row : em.createNamedQuery(NeedChange.SERVICES_OF, Object[].class).setParameter("ids", ids)
                .getResultList()) {
            services.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        return rows.stream().map(r -> new IndexedNeed(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (StrategyField) r[4], (NeedStatus) r[5], (SubmitterType) r[6], (String) r[7],
                services.getOrDefault(((Number) r[0]).longValue(), Set.of()), ((Number) r[8]).intValue(),
                (Instant) r[9], (Instant) r[10])).toList();
    }
}
