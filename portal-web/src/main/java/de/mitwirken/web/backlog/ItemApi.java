package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.HistoryPage;
import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.needs.boundary.NeedSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The JSON of one published item on /api/backlog/{id} (issue #21): what the public item page shows, from the
 * public boundaries only. Nothing internal: no member of staff, no draft item, no unpublished need. The
 * OpenAPI document (web/frame/openapi.yaml) describes these records as BacklogItemDetail, BacklogMilestone, ….
 */
public final class ItemApi {

    private ItemApi() {
    }

    public record Detail(BacklogResource.Item item, String description, String easyDescription, LocalDate lastChanged,
                  Budget budget, Contact contact, List<Milestone> milestones, List<Kpi> kpis, List<Link> needs,
                  List<Link> clusters, Set<Long> serviceIds, List<Score.Term> scoreTerms, List<Score.Kind> missingInputs,
                  String rankJustification, History history) {
    }

    public record Budget(BigDecimal planned, BigDecimal spent) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record Milestone(long id, String title, String description, LocalDate dueDate, LocalDate completedOn,
                     String state, boolean done, List<Move> moves) {
    }

    public record Move(LocalDate from, LocalDate to, String reason, LocalDate movedOn) {
    }

    public record Kpi(long id, String name, String unit, BigDecimal latestValue, LocalDate latestDate, String status,
               BigDecimal target2025, BigDecimal target2030, String href) {
    }

    public record Link(long id, String title, String href) {
    }

    public record History(int page, int pageSize, long total, int pages, List<Change> entries) {
    }

    public record Change(LocalDate on, String field, String subject, String oldValue, String newValue, String note) {
    }

    static Detail of(ItemDetail d, ItemPlan plan, List<KpiView> kpis, List<NeedSummary> needs,
                     List<ItemConnections.Ref> clusters, HistoryPage history) {
        Score score = d.score();
        return new Detail(BacklogResource.Item.of(d.summary()), d.description(), d.easyDescription(), plan.lastChanged(),
                plan.hasBudget() ? new Budget(plan.budgetPlanned(), plan.budgetSpent()) : null,
                plan.hasContact() ? new Contact(plan.contactName(), plan.contactEmail(), plan.contactPhone()) : null,
                plan.milestones().stream().map(ItemApi::milestone).toList(),
                kpis.stream().map(ItemApi::kpi).toList(),
                needs.stream().map(n -> new Link(n.id(), n.title(), "/api/needs/" + n.id())).toList(),
                clusters.stream().map(c -> new Link(c.id(), c.title(), "/api/needs/clusters/" + c.id())).toList(),
                d.serviceIds(), score == null ? List.of() : score.terms(), score == null ? List.of() : score.missing(),
                d.rankJustification(), new History(history.page(), history.size(), history.total(), history.pages(),
                        history.entries().stream().map(e -> new Change(e.on(), e.field().name(), e.subject(), e.oldValue(),
                                e.newValue(), e.note())).toList()));
    }

    private static Milestone milestone(ItemPlan.Step s) {
        return new Milestone(s.id(), s.title(), s.description(), s.dueDate(), s.completedOn(), s.state().name(),
                s.state() == de.mitwirken.backlog.entity.MilestoneState.DONE,
                s.moves().stream().map(m -> new Move(m.from(), m.to(), m.reason(), m.movedOn())).toList());
    }

    /** The latest measurement is the last one (they come oldest first). */
    private static Kpi kpi(KpiView k) {
        KpiView.MeasurementView latest = k.measurements().isEmpty() ? null : k.measurements().get(k.measurements().size() - 1);
        return new Kpi(k.id(), k.definition().name(), k.definition().unit(), latest == null ? null : latest.value(),
                latest == null ? null : latest.date(), k.assessment().status().name(), k.definition().target2025(),
                k.definition().target2030(), "/api/kpis/" + k.id());
    }
}
