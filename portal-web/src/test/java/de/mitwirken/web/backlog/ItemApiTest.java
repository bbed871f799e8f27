package de.mitwirken.web.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.HistoryPage;
import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.KpiTrajectory;
import de.mitwirken.backlog.entity.MilestoneState;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.web.frame.ApiProblem;
import de.mitwirken.strategy.StrategyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detail of /api/backlog/{id} assembled from the public boundaries' reads. */
class ItemApiTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @Test
    void theDetailCarriesPlanKpisNeedsClustersAndHistory() {
        ItemApi.Detail d = ItemApi.of(detail(), plan(true), List.of(kpi()), List.of(need()),
                List.of(new ItemConnections.Ref(3, "Urkunden", null)), history());

        assertEquals(9, d.item().id());
        assertEquals("IN_PROGRESS", d.item().status());
        assertEquals(new BigDecimal("180000.00"), d.budget().planned());
        assertEquals("Standesamt", d.contact().name());
        assertEquals(LocalDate.of(2026, 11, 20), d.lastChanged());

        ItemApi.Milestone m = d.milestones().get(0);
        assertEquals("OVERDUE", m.state());
        assertEquals(DUE, m.dueDate());
        assertEquals("Datenschutz", m.moves().get(0).reason());
        assertEquals("DONE", d.milestones().get(1).state());
        assertTrue(d.milestones().get(1).done());

        ItemApi.Kpi k = d.kpis().get(0);
        assertEquals(new BigDecimal("41"), k.latestValue(), "the last measurement is the latest");
        assertEquals(LocalDate.of(2026, 6, 30), k.latestDate());
        assertEquals("AT_RISK", k.status());
        assertEquals(new BigDecimal("80"), k.target2030());
        assertEquals("/api/kpis/5", k.href());

        assertEquals("/api/needs/12", d.needs().get(0).href());
        assertEquals("/api/needs/clusters/3", d.clusters().get(0).href());
        assertEquals(1, d.history().total());
        assertEquals("MILESTONE_MOVED", d.history().entries().get(0).field());
        assertEquals("Datenschutz", d.history().entries().get(0).note());
        assertTrue(d.scoreTerms().isEmpty() && d.missingInputs().isEmpty(), "no score yet: empty, not null");
    }

    @Test
    void budgetAndContactAreLeftOutWhenThereAreNone() {
        ItemApi.Detail d = ItemApi.of(detail(), plan(false), List.of(), List.of(), List.of(), history());
        assertNull(d.budget());
        assertNull(d.contact());
    }

    @Test
    void anUnknownItemIsAProblemDocument() {
        ApiProblem p = ApiProblem.notFoundProblem("No published backlog item 7.");
        assertEquals(404, p.status());
        assertEquals("about:blank", p.type());
        assertEquals("application/problem+json", ApiProblem.MEDIA_TYPE);
    }

    private static ItemDetail detail() {
        ItemSummary s = new ItemSummary(9, "Urkunden online", Set.of(StrategyField.ADMINISTRATION), "Standesamt",
                Horizon.SHORT_2025, ItemStatus.IN_PROGRESS, 90, LocalDate.of(2026, 2, 1), DUE, 3, 71.5, false);
        return new ItemDetail(s, "Beschreibung", null, null, 95, null, new BigDecimal("3.0"), Set.of(12L, 13L), Set.of(3L),
                Set.of(), List.of(), List.of(), null, null, null);
    }

    private static ItemPlan plan(boolean withBudget) {
        List<ItemPlan.Step> steps = List.of(
                new ItemPlan.Step(29, 1, "Start", null, DUE, MilestoneState.OVERDUE, null,
                        List.of(new ItemPlan.Move(LocalDate.of(2026, 11, 1), DUE, "Datenschutz", LocalDate.of(2026, 10, 5)))),
                new ItemPlan.Step(28, 2, "Formular", "online", LocalDate.of(2026, 9, 30), MilestoneState.DONE,
                        LocalDate.of(2026, 9, 29), List.of()));
        return new ItemPlan(9, 6, ItemStatus.IN_PROGRESS, "Urkunden online", "Beschreibung",
                Set.of(StrategyField.ADMINISTRATION), "Standesamt", Horizon.SHORT_2025, LocalDate.of(2026, 2, 1), DUE,
                withBudget ? new BigDecimal("180000.00") : null, null, withBudget ? "Standesamt" : null, null, null,
                ProgressMode.MANUAL, 90, steps, LocalDate.of(2026, 11, 20));
    }

    private static KpiView kpi() {
        KpiDraft draft = new KpiDraft("Online-Anteil", "%", KpiDirection.HIGHER_IS_BETTER, new BigDecimal("20"),
                LocalDate.of(2023, 12, 31), new BigDecimal("40"), new BigDecimal("80"), "Terminverwaltung", "Bürgeramt",
                SuccessFactor.BALANCE);
        return new KpiView(5, draft, List.of(
                new KpiView.MeasurementView(LocalDate.of(2025, 12, 31), new BigDecimal("30"), null, "office"),
                new KpiView.MeasurementView(LocalDate.of(2026, 6, 30), new BigDecimal("41"), null, "office")),
                new KpiTrajectory.Assessment(KpiStatus.AT_RISK, null, null, null));
    }

    private static NeedSummary need() {
        return new NeedSummary(12L, "Urkunde online bestellen", null, StrategyField.ADMINISTRATION, null, null, null,
                null, null, 0, 0, null, null, null, null, false, 0);
    }

    private static HistoryPage history() {
        return new HistoryPage(List.of(new HistoryPage.Entry(LocalDate.of(2026, 10, 5), HistoryField.MILESTONE_MOVED,
                "Start", "2026-11-01", "2026-12-01", "Datenschutz")), 1, 0, 20);
    }
}
