package de.mitwirken.reporting.control;

import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.boundary.MilestonesOfPeriod;
import de.mitwirken.backlog.boundary.PublicPlans;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.reporting.control.ReportContent.MilestoneLine;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.council.boundary.PaperView;
import de.mitwirken.backlog.entity.Divergence;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.ItemStatusChange;
import de.mitwirken.backlog.entity.KpiTrajectory;
import de.mitwirken.reporting.control.ReportComposition.StatusMove;
import de.mitwirken.reporting.control.ReportComposition.StatusStep;
import de.mitwirken.reporting.control.ReportContent.ClusterLine;
import de.mitwirken.reporting.control.ReportContent.Decision;
import de.mitwirken.reporting.control.ReportContent.FieldSection;
import de.mitwirken.reporting.control.ReportContent.ItemChange;
import de.mitwirken.reporting.control.ReportContent.NeedLine;
import de.mitwirken.reporting.control.ReportContent.OpenDivergence;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import de.mitwirken.strategy.StrategyField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what a progress report says from backlog and needs (named queries on their entities, declared on
 * {@link ProgressReport}, and their public boundaries for KPIs and the roadmap rule) and composes it by
 * the rules of {@link ReportComposition}. Reads only: reporting changes nothing in other capabilities.
 */
@ApplicationScoped
public class ReportSources {

    /** How many new needs a field section lists by name (the most supported); the count covers all. */
    static final int TOP_NEEDS = 5;

    /**
     * Stands for the title of an item the public does not see yet (a draft in a divergence): a released
     * report is public, drafts stay internal. ReportHtml writes the bundle's words for it.
     */
    public static final String INTERNAL_ITEM = "\u0000internal";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilPapers councilPapers;

    @Inject
    PublicRoadmap roadmap;

    @Inject
    Kpis kpis;

    @Inject
    PublicBoard board;

    @Inject
    PublicPlans plans;

    public ReportContent compose(ReportPeriod period, Instant now) {
        Map<StrategyField, List<ItemChange>> items = itemChanges(period);
        Map<StrategyField, Long> needCounts = new EnumMap<>(StrategyField.class);
        em.createNamedQuery(ProgressReport.NEW_NEEDS_PER_FIELD, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).getResultList()
                .forEach(row -> needCounts.put((StrategyField) row[0], ((Number) row[1]).longValue()));
        Map<StrategyField, List<ClusterLine>> clusters = new EnumMap<>(StrategyField.class);
        em.createNamedQuery(ProgressReport.NEW_CLUSTERS, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).getResultList()
                .forEach(row -> clusters.computeIfAbsent((StrategyField) row[2], f -> new ArrayList<>())
                        .add(new ClusterLine(((Number) row[0]).longValue(), (String) row[1], ((Number) row[3]).longValue())));
        Map<StrategyField, FieldSection> fields = new EnumMap<>(StrategyField.class);
        for (StrategyField field : StrategyField.values()) {
            long count = needCounts.getOrDefault(field, 0L);
            List<NeedLine> top = count == 0 ? List.of() : em.createNamedQuery(ProgressReport.NEW_NEEDS_OF_FIELD, Object[].class)
                    .setParameter("field", field).setParameter("start", period.start()).setParameter("end", period.end())
                    .setMaxResults(TOP_NEEDS).getResultStream()
                    .map(row -> new NeedLine(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()))
                    .toList();
            fields.put(field, new FieldSection(items.getOrDefault(field, List.of()), count, top,
                    clusters.getOrDefault(field, List.of())));
        }
        List<ReportContent.KpiMovement> movements = kpis.overview().stream()
                .map(k -> ReportComposition.kpiMovement(k.id(), k.definition(), points(k), period)).toList();
        MilestonesOfPeriod milestones = plans.milestonesOfPeriod(period.from(), period.to());
        return new ReportContent(period, now, fields, movements,
                ReportComposition.recommendationLines(board.recommendations(), period), decisions(period), open(period),
                milestones.reached().stream().map(ReportSources::milestone).toList(),
                milestones.overdue().stream().map(m -> new MilestoneLine(m.itemId(), m.itemTitle(), m.title(), m.dueDate(), null))
                        .toList());
    }

    private static MilestoneLine milestone(MilestonesOfPeriod.Line m) {
        return new MilestoneLine(m.itemId(), m.itemTitle(), m.title(), m.dueDate(), m.reachedOn());
    }

    private Map<StrategyField, List<ItemChange>> itemChanges(ReportPeriod period) {
        List<StatusStep> history = em.createNamedQuery(ProgressReport.STATUS_HISTORY, ItemStatusChange.class)
                .setParameter("end", period.end()).getResultStream()
                .map(c -> new StatusStep(c.itemId(), c.status(), c.changedAt())).toList();
        List<StatusMove> moves = ReportComposition.statusMoves(history, period, roadmap.publishedStatuses());
        Map<StrategyField, List<ItemChange>> byField = new EnumMap<>(StrategyField.class);
        if (moves.isEmpty()) {
            return byField;
        }
        Map<Long, BacklogItem> items = em.createNamedQuery(ProgressReport.ITEMS, BacklogItem.class)
                .setParameter("ids", moves.stream().map(StatusMove::itemId).toList()).getResultStream()
                .collect(Collectors.toMap(BacklogItem::id, Function.identity()));
        for (StatusMove move : moves) {
            BacklogItem item = items.get(move.itemId());
            ItemChange change = new ItemChange(move.itemId(), item.title(), move.before(), move.after(),
                    LocalDate.ofInstant(move.lastChange(), ReportPeriod.ZONE));
            item.fields().stream().sorted().forEach(f -> byField.computeIfAbsent(f, x -> new ArrayList<>()).add(change));
        }
        return byField;
    }

    private List<Decision> decisions(ReportPeriod period) {
        List<Divergence> decided = em.createNamedQuery(ProgressReport.DECIDED_DIVERGENCES, Divergence.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        Map<Long, String> titles = titles(decided);
        Map<Long, PaperView> papers = councilPapers.papers(decided.stream().map(Divergence::councilPaperId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return decided.stream().map(d -> new Decision(d.id(), titles.get(d.link().fromItemId()),
                titles.get(d.link().toItemId()), d.body(), d.decisionDate(), d.outcome(), d.documentRef(),
                d.councilPaperId() == null ? null : council(papers.get(d.councilPaperId())))).toList();
    }

    /** The linked council paper as the report shows it; null when none is linked (or the council store lost it). */
    static ReportContent.CouncilDecision council(PaperView paper) {
        if (paper == null) {
            return null;
        }
        return new ReportContent.CouncilDecision(paper.reference(), paper.name(), paper.webUrl(), paper.deleted(),
                paper.consultations().stream().map(c -> new ReportContent.CouncilConsultation(c.organization(),
                        c.meetingDate(), c.result())).toList());
    }

    private List<OpenDivergence> open(ReportPeriod period) {
        List<Divergence> open = em.createNamedQuery(ProgressReport.OPEN_DIVERGENCES, Divergence.class)
                .setParameter("end", period.end()).setParameter("to", period.to()).getResultList();
        Map<Long, String> titles = titles(open);
        return open.stream().map(d -> new OpenDivergence(d.id(), titles.get(d.link().fromItemId()),
                titles.get(d.link().toItemId()), LocalDate.ofInstant(d.openedAt(), ReportPeriod.ZONE))).toList();
    }

    private Map<Long, String> titles(List<Divergence> divergences) {
        Set<Long> ids = new HashSet<>();
        divergences.forEach(d -> {
            ids.add(d.link().fromItemId());
            ids.add(d.link().toItemId());
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<ItemStatus> published = roadmap.publishedStatuses();
        return em.createNamedQuery(ProgressReport.ITEM_TITLES, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> published.contains((ItemStatus) row[2])
                        || row[2] == ItemStatus.DROPPED ? (String) row[1] : INTERNAL_ITEM));
    }

    private static List<KpiTrajectory.Point> points(KpiView kpi) {
        return kpi.measurements().stream().map(m -> new KpiTrajectory.Point(m.date(), m.value().doubleValue())).toList();
    }
}
