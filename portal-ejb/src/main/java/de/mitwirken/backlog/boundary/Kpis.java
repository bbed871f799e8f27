package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.MeasurementCsv;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiMeasurement;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.needs.boundary.CsvRejected;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Success factors and their KPIs: the strategy office defines KPIs and records measurements (one by one or
 * as CSV, all or nothing); everyone may read them with their status, those of an item, and the items that
 * contribute to each. Every change is audited; a measurement that changes a KPI's traffic light is told to the
 * items that contribute to it ({@link ItemNews} KPI_LIGHT_CHANGED).
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class Kpis {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    BacklogConfig config;
    @Inject
    Event<ItemNews> news;
    @Resource
    SessionContext session;

    public long defineKpi(KpiDraft draft) {
        check(draft);
        Kpi kpi = new Kpi(draft, clock.instant());
        em.persist(kpi);
        em.flush();
        audit.record("backlog.kpi.define", "kpi", kpi.id(), "KPI defined: " + kpi.name(), null, kpi.auditState());
        return kpi.id();
    }

    public void reviseKpi(long kpiId, KpiDraft draft) {
        check(draft);
        Kpi kpi = find(kpiId);
        Map<String, Object> before = kpi.auditState();
        kpi.revise(draft);
        audit.record("backlog.kpi.revise", "kpi", kpiId, "KPI revised: " + kpi.name(), before, kpi.auditState());
    }

    public long recordMeasurement(long kpiId, MeasurementDraft draft) {
        Map<String, String> problems = draft.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Kpi kpi = find(kpiId);
        if (taken(Set.of(kpiId)).contains(kpiId + "@" + draft.date())) {
            throw InvalidInput.of("date", "backlog.kpi.error.measurementExists");
        }
        Map<Long, KpiStatus> before = lights(Set.of(kpiId));
        KpiMeasurement measurement = store(kpiId, draft);
        em.flush();
        tellItemsOfChangedLights(before);
        audit.record("backlog.kpi.measure", "kpi", kpiId, "measurement for " + kpi.name(), null,
                Map.of("date", draft.date(), "value", draft.value()));
        return measurement.id();
    }

    /** Imports measurements; any problem (bad value, unknown KPI, day already measured) rejects the whole file. */
    public int importMeasurementsCsv(String csv) {
        MeasurementCsv.Result read = MeasurementCsv.read(csv, LocalDate.now(clock));
        List<CsvRejected.Problem> problems = new ArrayList<>(read.problems());
        Set<Long> kpiIds = read.rows().stream().map(MeasurementCsv.Row::kpiId).collect(Collectors.toSet());
        Set<Long> known = kpiIds.stream().filter(id -> em.find(Kpi.class, id) != null).collect(Collectors.toSet());
        Set<String> days = kpiIds.isEmpty() ? new HashSet<>() : taken(kpiIds);
        for (MeasurementCsv.Row row : read.rows()) {
            if (!known.contains(row.kpiId())) {
                problems.add(new CsvRejected.Problem(row.line(), "kpi_id", "backlog.kpi.csv.unknownKpi"));
            } else if (!days.add(row.kpiId() + "@" + row.draft().date())) {
                problems.add(new CsvRejected.Problem(row.line(), "date", "backlog.kpi.csv.dayTaken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvRejected(problems);
        }
        Map<Long, KpiStatus> before = lights(kpiIds);
        read.rows().forEach(row -> store(row.kpiId(), row.draft()));
        em.flush();
        tellItemsOfChangedLights(before);
        audit.record("backlog.kpi.import", "kpi", "csv", read.rows().size() + " measurements imported", null,
                Map.of("rows", read.rows().size(), "kpis", kpiIds));
        return read.rows().size();
    }

    /** All KPIs, ordered by success factor and name, with their measurements (two queries in all). */
    @PermitAll
    public List<KpiView> overview() {
        List<Kpi> kpis = em.createNamedQuery(Kpi.ALL, Kpi.class).getResultList();
        if (kpis.isEmpty()) {
            return List.of();
        }
        Map<Long, List<KpiMeasurement>> byKpi = em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                .setParameter("kpiIds", kpis.stream().map(Kpi::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(KpiMeasurement::kpiId));
        return kpis.stream().map(k -> KpiView.of(k, byKpi.getOrDefault(k.id(), List.of()))).toList();
    }

    @PermitAll
    public KpiView kpi(long kpiId) {
        Kpi kpi = find(kpiId);
        return KpiView.of(kpi, em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                .setParameter("kpiIds", List.of(kpiId)).getResultList());
    }

    /** The KPIs a backlog item contributes to, with their measurements (for the item's public page). */
    @PermitAll
    public List<KpiView> ofItem(long itemId) {
        BacklogItem item = em.find(BacklogItem.class, itemId);
        if (item == null || item.kpiIds().isEmpty()) {
            return List.of();
        }
        List<Kpi> linked = em.createNamedQuery(Kpi.BY_IDS, Kpi.class).setParameter("ids", item.kpiIds()).getResultList();
        Map<Long, List<KpiMeasurement>> byKpi = em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                .setParameter("kpiIds", item.kpiIds()).getResultStream().collect(Collectors.groupingBy(KpiMeasurement::kpiId));
        return linked.stream().map(k -> KpiView.of(k, byKpi.getOrDefault(k.id(), List.of()))).toList();
    }

    /** KPI id → the published items that contribute to it (number, title, status key), in one query. */
    @PermitAll
    public Map<Long, List<ItemConnections.Ref>> contributors() {
        return em.createNamedQuery(LinkChange.CONTRIBUTORS, Object[].class).setParameter("published", config.publishedStatuses())
                .getResultStream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(), Collectors.mapping(
                        r -> new ItemConnections.Ref((Long) r[1], (String) r[2], "backlog.status." + r[3]), Collectors.toList())));
    }

    private void check(KpiDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new InvalidInput(draft.problems());
        }
    }

    /** KPI id → its traffic light from the measurements stored now (before new ones are added). */
    private Map<Long, KpiStatus> lights(Set<Long> kpiIds) {
        Map<Long, List<KpiMeasurement>> byKpi = em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                .setParameter("kpiIds", kpiIds).getResultStream().collect(Collectors.groupingBy(KpiMeasurement::kpiId));
        Map<Long, KpiStatus> lights = new HashMap<>();
        for (long kpiId : kpiIds) {
            Kpi kpi = find(kpiId);
            lights.put(kpiId, kpi.assess(byKpi.getOrDefault(kpiId, List.of())).status());
        }
        return lights;
    }

    /**
     * After new measurements (flushed): each KPI whose traffic light changed tells every item that contributes to it
     * and is not dropped (ItemNews KPI_LIGHT_CHANGED with the KPI's name and the statuses before and after).
     */
    private void tellItemsOfChangedLights(Map<Long, KpiStatus> before) {
        Map<Long, KpiStatus> after = lights(before.keySet());
        for (Map.Entry<Long, KpiStatus> light : before.entrySet()) {
            KpiStatus now = after.get(light.getKey());
            if (now == light.getValue()) {
                continue;
            }
            String name = find(light.getKey()).name();
            em.createNamedQuery(LinkChange.ITEMS_OF_KPI, Long.class).setParameter("kpiId", light.getKey())
                    .setParameter("statuses", EnumSet.complementOf(EnumSet.of(ItemStatus.DROPPED))).getResultStream()
                    .forEach(itemId -> news.fire(ItemNews.of(itemId, ItemNews.Kind.KPI_LIGHT_CHANGED,
                            Map.of("kpi", name, "from", light.getValue().name(), "to", now.name()))));
        }
    }

    private KpiMeasurement store(long kpiId, MeasurementDraft draft) {
        KpiMeasurement measurement = new KpiMeasurement(kpiId, draft, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(measurement);
        return measurement;
    }

    /** "kpiId@date" of every day already measured for these KPIs. */
    private Set<String> taken(Set<Long> kpiIds) {
        return em.createNamedQuery(KpiMeasurement.DAYS_TAKEN, Object[].class).setParameter("kpiIds", kpiIds)
                .getResultStream().map(r -> r[0] + "@" + r[1]).collect(Collectors.toCollection(HashSet::new));
    }

    private Kpi find(long kpiId) {
        return Rows.find(em, Kpi.class, kpiId);
    }
}
