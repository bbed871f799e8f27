package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.ItemChange;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.Milestone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the strategy office must look after (issue #21), in one read for its dashboard: see {@link Attention}.
 * The board's recommendations come through {@link RecommendationCatalogue}, which the board implements; without
 * the board there are none.
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class OfficeDashboard {

    /** An open item without a public change for this many days is listed as quiet. */
    public static final int QUIET_DAYS = 90;

    static final Set<ItemStatus> OPEN = Arrays.stream(ItemStatus.values()).filter(s -> !s.isFinal())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemStatus.class)));

    @PersistenceContext
    EntityManager em;
    @Inject
    BacklogConfig config;
    @Inject
    ItemPlanner planner;
    @Inject
    @Any
    Instance<RecommendationCatalogue> catalogues;

    public Attention attentionList() {
        LocalDate today = planner.today();
        return new Attention(waitingRecommendations(), overdueMilestones(today), publishedWithoutKpi(), quietItems(today));
    }

    private List<RecommendationCatalogue.Waiting> waitingRecommendations() {
        return catalogues.isResolvable() ? catalogues.get().waitingForTheAdministration() : List.of();
    }

    private List<Attention.Overdue> overdueMilestones(LocalDate today) {
        return em.createNamedQuery(Milestone.OVERDUE, Object[].class).setParameter("today", today)
                .setParameter("open", OPEN).getResultStream()
                .map(r -> Attention.overdue((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (LocalDate) r[4], today))
                .toList();
    }

    private List<Attention.Item> publishedWithoutKpi() {
        return em.createNamedQuery(Kpi.PUBLISHED_WITHOUT, Object[].class).setParameter("published", config.publishedStatuses())
                .getResultStream().map(r -> new Attention.Item((Long) r[0], (String) r[1], (ItemStatus) r[2])).toList();
    }

    private List<Attention.Quiet> quietItems(LocalDate today) {
        Instant since = today.minusDays(QUIET_DAYS).atStartOfDay(ItemPlanner.CITY).toInstant();
        List<Object[]> rows = em.createNamedQuery(ItemChange.QUIET_SINCE, Object[].class).setParameter("open", OPEN)
                .setParameter("since", since).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> latest = em.createNamedQuery(ItemChange.LATEST_OF_ITEMS, ItemChange.class)
                .setParameter("itemIds", rows.stream().map(r -> (Long) r[0]).toList()).getResultStream()
                .collect(Collectors.toMap(ItemChange::itemId, ItemChange::changedAt, (a, b) -> a));
        return Attention.quietest(rows.stream().map(r -> {
            Instant changed = latest.getOrDefault((Long) r[0], instant(r[3]));
            return Attention.quiet((Long) r[0], (String) r[1], (ItemStatus) r[2],
                    changed.atZone(ItemPlanner.CITY).toLocalDate(), today);
        }).toList());
    }

    /** A time column read in a projection; a driver may hand it over as a Timestamp. */
    static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
