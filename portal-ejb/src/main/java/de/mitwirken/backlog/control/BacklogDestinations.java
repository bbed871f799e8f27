package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.KpiMeasurement;
import de.mitwirken.backlog.entity.Milestone;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.needs.boundary.NeedDestinations;
import de.mitwirken.platform.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells "My participation" and the public pages of needs and clusters which backlog items a need or cluster went
 * to, with each item's status (as the key "backlog.status.…") and progress; unpublished and dropped items are not
 * shown.
 */
@ApplicationScoped
public class BacklogDestinations implements NeedDestinations {

    /** Keeps IN lists to a size every database plans well. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    BacklogConfig config;

    @Inject
    Clock clock; // only published items: a link to a draft would end on "not found"

    @Override
    public Map<Long, List<Destination>> destinationsOf(Collection<Long> needIds, String languageTag) {
        return destinations(BacklogItem.DESTINATIONS, "needIds", needIds, languageTag);
    }

    /**
     * With each item's milestones (planned, done on a day, overdue) and its KPIs (their traffic light), for "My
     * participation": a person's needs reach few items, so they are read item by item.
     */
    @Override
    public Map<Long, List<Destination>> chainsOf(Collection<Long> needIds, String languageTag) {
        Map<Long, List<Destination>> plain = destinationsOf(needIds, languageTag);
        Map<String, List<Step>> stepsByPath = new HashMap<>();
        Map<Long, List<Destination>> chains = new HashMap<>();
        plain.forEach((needId, list) -> chains.put(needId, list.stream().map(d -> new Destination(d.label(), d.path(),
                d.stateKey(), d.progress(), stepsByPath.computeIfAbsent(d.path(), this::stepsOfItemAt))).toList()));
        return chains;
    }

    private List<Step> stepsOfItemAt(String path) {
        BacklogItem item = em.find(BacklogItem.class, Long.parseLong(path.substring(path.indexOf("id=") + 3)));
        List<Step> steps = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Milestone m : item.milestones()) {
            String state = m.done() ? "DONE" : m.dueDate().isBefore(today) ? "OVERDUE" : "PLANNED";
            steps.add(new Step("milestone", m.title(), "needs.chain.milestone." + state, m.done() ? m.completedOn() : m.dueDate()));
        }
        if (!item.kpiIds().isEmpty()) {
            Map<Long, List<KpiMeasurement>> measured = em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                    .setParameter("kpiIds", item.kpiIds()).getResultStream()
                    .collect(Collectors.groupingBy(KpiMeasurement::kpiId));
            for (Kpi kpi : em.createNamedQuery(Kpi.BY_IDS, Kpi.class).setParameter("ids", item.kpiIds()).getResultList()) {
                steps.add(new Step("kpi", kpi.name(), "backlog.kpi.status."
                        + kpi.assess(measured.getOrDefault(kpi.id(), List.of())).status(), null));
            }
        }
        return steps;
    }

    @Override
    public Map<Long, List<Destination>> destinationsOfClusters(Collection<Long> clusterIds, String languageTag) {
        return destinations(LinkChange.CLUSTER_DESTINATIONS, "clusterIds", clusterIds, languageTag);
    }

    /** Rows of the query: need or cluster id, item id, title, status, progress. */
    private Map<Long, List<Destination>> destinations(String query, String parameter, Collection<Long> ids,
                                                      String languageTag) {
        Map<Long, List<Destination>> result = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return result;
        }
        String prefix = Language.fromTag(languageTag).orElse(Language.DEFAULT) == Language.EN ? "Backlog item: " : "Vorhaben: ";
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter(parameter, chunk)
                    .setParameter("published", config.publishedStatuses()).getResultList()) {
                long id = ((Number) row[0]).longValue();
                result.computeIfAbsent(id, k -> new ArrayList<>()).add(new Destination(prefix + row[2],
                        "/backlog/item.xhtml?id=" + ((Number) row[1]).longValue(), "backlog.status." + row[3],
                        ((Number) row[4]).intValue()));
            }
        }
        return result;
    }
}
