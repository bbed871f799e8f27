package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.KpiRecording;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiMeasurement;
import de.mitwirken.backlog.entity.LinkChange;
import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
    KpiRecording recording;
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
        return recording.record(kpiId, draft, session.getCallerPrincipal().getName());
    }

    /** Imports measurements; any problem (bad value, unknown KPI, day already measured) rejects the whole file. */
    public int importMeasurementsCsv(String csv) {
        return recording.importCsv(csv, session.getCallerPrincipal().getName());
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

    private Kpi find(long kpiId) {
        return Rows.find(em, Kpi.class, kpiId);
    }
}
