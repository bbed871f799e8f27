package de.mitwirken.backlog.control;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.KpiMeasurement;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.CsvRejected;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
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
 * Recording KPI measurements, one by one or as a CSV file (all or nothing), behind {@code boundary.Kpis}, which
 * checks who may. A measurement that changes a KPI's traffic light ({@link KpiStatus} before and after) is told to
 * every item that contributes to the KPI and is not dropped, as {@link ItemNews} KPI_LIGHT_CHANGED, in the
 * transaction that stores it.
 */
@Stateless
public class KpiRecording {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Event<ItemNews> news;

    public long record(long kpiId, MeasurementDraft draft, String by) {
        Map<String, String> problems = draft.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Kpi kpi = Rows.find(em, Kpi.class, kpiId);
        if (taken(Set.of(kpiId)).contains(kpiId + "@" + draft.date())) {
            throw InvalidInput.of("date", "backlog.kpi.error.measurementExists");
        }
        Map<Long, KpiStatus> before = lights(Set.of(kpiId));
        KpiMeasurement measurement = store(kpiId, draft, by);
        em.flush();
        tellItemsOfChangedLights(before);
        audit.record("backlog.kpi.measure", "kpi", kpiId, "measurement for " + kpi.name(), null,
                Map.of("date", draft.date(), "value", draft.value()));
        return measurement.id();
    }

    /** Imports measurements; any problem (bad value, unknown KPI, day already measured) rejects the whole file. */
    public int importCsv(String csv, String by) {
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
        read.rows().forEach(row -> store(row.kpiId(), row.draft(), by));
        em.flush();
        tellItemsOfChangedLights(before);
        audit.record("backlog.kpi.import", "kpi", "csv", read.rows().size() + " measurements imported", null,
                Map.of("rows", read.rows().size(), "kpis", kpiIds));
        return read.rows().size();
    }

    /** KPI id → its traffic light from the measurements stored now. */
    private Map<Long, KpiStatus> lights(Set<Long> kpiIds) {
        Map<Long, List<KpiMeasurement>> byKpi = em.createNamedQuery(KpiMeasurement.OF_KPIS, KpiMeasurement.class)
                .setParameter("kpiIds", kpiIds).getResultStream().collect(Collectors.groupingBy(KpiMeasurement::kpiId));
        Map<Long, KpiStatus> lights = new HashMap<>();
        for (long kpiId : kpiIds) {
            lights.put(kpiId, em.find(Kpi.class, kpiId).assess(byKpi.getOrDefault(kpiId, List.of())).status());
        }
        return lights;
    }

    /** After new measurements (flushed): one KPI_LIGHT_CHANGED per contributing item of each KPI whose light changed. */
    private void tellItemsOfChangedLights(Map<Long, KpiStatus> before) {
        Map<Long, KpiStatus> after = lights(before.keySet());
        for (Map.Entry<Long, KpiStatus> light : before.entrySet()) {
            KpiStatus now = after.get(light.getKey());
            if (now == light.getValue()) {
                continue;
            }
            String name = em.find(Kpi.class, light.getKey()).name();
            em.createNamedQuery(LinkChange.ITEMS_OF_KPI, Long.class).setParameter("kpiId", light.getKey())
                    .setParameter("statuses", EnumSet.complementOf(EnumSet.of(ItemStatus.DROPPED))).getResultStream()
                    .forEach(itemId -> news.fire(ItemNews.of(itemId, ItemNews.Kind.KPI_LIGHT_CHANGED,
                            Map.of("kpi", name, "from", light.getValue().name(), "to", now.name()))));
        }
    }

    private KpiMeasurement store(long kpiId, MeasurementDraft draft, String by) {
        KpiMeasurement measurement = new KpiMeasurement(kpiId, draft, by, clock.instant());
        em.persist(measurement);
        return measurement;
    }

    /** "kpiId@date" of every day already measured for these KPIs. */
    private Set<String> taken(Set<Long> kpiIds) {
        return em.createNamedQuery(KpiMeasurement.DAYS_TAKEN, Object[].class).setParameter("kpiIds", kpiIds)
                .getResultStream().map(r -> r[0] + "@" + r[1]).collect(Collectors.toCollection(HashSet::new));
    }
}
