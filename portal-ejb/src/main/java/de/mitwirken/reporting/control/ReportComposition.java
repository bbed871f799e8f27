package de.mitwirken.reporting.control;

import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.KpiTrajectory;
import de.mitwirken.reporting.control.ReportContent.KpiMovement;
import de.mitwirken.reporting.control.ReportContent.Movement;
import de.mitwirken.reporting.entity.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The period rules of a progress report, as pure functions:
 * <ul>
 * <li><b>Items that changed status.</b> An item appears when its dated history (backlog_status_change)
 *     has a step inside the period. "Before" is the status it had when the period began (none if it was
 *     created in the period), "after" the status at the end. Only what the public may see is reported:
 *     items whose status at the end is published on the roadmap, and items dropped in the period from a
 *     published status (a dropped published item is news for the council; drafts stay internal).</li>
 * <li><b>KPI movement.</b> The value at the start is the latest measurement on or before the first day,
 *     the value at the end the latest on or before the last day. The movement is counted in the KPI's
 *     direction (a falling waiting time is an improvement); without a value on either side it is NO_DATA.
 *     The traffic light on each day is the backlog's {@link KpiTrajectory} rule applied to the
 *     measurements known on that day.</li>
 * <li><b>Board recommendations.</b> Every recommendation the board voted on in a meeting on or before the
 *     last day, with its status on that day (the last step of its way on or before it; a recommendation the
 *     board did not adopt stays "not adopted"). It moved in the period when it was voted or answered in it.</li>
 * </ul>
 */
public final class ReportComposition {

    private static final double EPSILON = 1e-9;
    /** How many measurements a KPI's chart in a report shows: the latest on or before the period's end. */
    static final int CHART_POINTS = 12;

    /** One entry of an item's status history. */
    public record StatusStep(long itemId, ItemStatus status, Instant at) {
    }

    /** How one item's status changed in a period (before null: created in the period). */
    public record StatusMove(long itemId, ItemStatus before, ItemStatus after, Instant lastChange) {
    }

    private ReportComposition() {
    }

    /**
     * The status moves of a period from the items' histories (any order; steps after the period are
     * ignored), in the order of their last change, keeping only what the public may see.
     */
    public static List<StatusMove> statusMoves(List<StatusStep> history, ReportPeriod period, Set<ItemStatus> published) {
        Map<Long, List<StatusStep>> byItem = new LinkedHashMap<>();
        history.stream().filter(s -> s.at().isBefore(period.end()))
                .sorted(Comparator.comparing(StatusStep::at))
                .forEach(s -> byItem.computeIfAbsent(s.itemId(), id -> new ArrayList<>()).add(s));
        List<StatusMove> moves = new ArrayList<>();
        byItem.forEach((itemId, steps) -> {
            List<StatusStep> inside = steps.stream().filter(s -> period.contains(s.at())).toList();
            if (inside.isEmpty()) {
                return;
            }
            ItemStatus before = steps.stream().filter(s -> s.at().isBefore(period.start())).reduce((a, b) -> b)
                    .map(StatusStep::status).orElse(null);
            StatusStep last = inside.get(inside.size() - 1);
            ItemStatus previous = steps.size() > 1 ? steps.get(steps.size() - 2).status() : null;
            boolean visible = published.contains(last.status())
                    || last.status() == ItemStatus.DROPPED && previous != null && published.contains(previous);
            if (visible && last.status() != before) {
                moves.add(new StatusMove(itemId, before, last.status(), last.at()));
            }
        });
        moves.sort(Comparator.comparing(StatusMove::lastChange).thenComparingLong(StatusMove::itemId));
        return moves;
    }

    /** A KPI's movement over the period, by the rules above. */
    public static KpiMovement kpiMovement(long kpiId, KpiDraft kpi, List<KpiTrajectory.Point> measurements,
                                          ReportPeriod period) {
        Optional<KpiTrajectory.Point> start = latestOnOrBefore(measurements, period.from());
        Optional<KpiTrajectory.Point> end = latestOnOrBefore(measurements, period.to());
        Movement movement = Movement.NO_DATA;
        if (start.isPresent() && end.isPresent()) {
            double improvement = kpi.direction().improvement(start.get().value(), end.get().value());
            movement = improvement > EPSILON ? Movement.IMPROVED : improvement < -EPSILON ? Movement.WORSENED
                    : Movement.UNCHANGED;
        }
        KpiTrajectory trajectory = new KpiTrajectory(kpi.direction(),
                new KpiTrajectory.Point(kpi.baselineDate(), kpi.baselineValue().doubleValue()),
                kpi.target2025() == null ? null : kpi.target2025().doubleValue(), kpi.target2030().doubleValue());
        return new KpiMovement(kpiId, kpi.name(), kpi.unit(), kpi.successFactor(), kpi.direction(),
                start.map(KpiTrajectory.Point::value).orElse(null), start.map(KpiTrajectory.Point::date).orElse(null),
                end.map(KpiTrajectory.Point::value).orElse(null), end.map(KpiTrajectory.Point::date).orElse(null),
                movement, statusOn(trajectory, measurements, period.from()), statusOn(trajectory, measurements, period.to()),
                chartPoints(measurements, period));
    }

    /** The values of a KPI's chart: the last {@link #CHART_POINTS} measurements on or before the period's end, by date. */
    static List<ReportContent.KpiPoint> chartPoints(List<KpiTrajectory.Point> measurements, ReportPeriod period) {
        List<KpiTrajectory.Point> known = measurements.stream().filter(p -> !p.date().isAfter(period.to()))
                .sorted(Comparator.comparing(KpiTrajectory.Point::date)).toList();
        return known.subList(Math.max(0, known.size() - CHART_POINTS), known.size()).stream()
                .map(p -> new ReportContent.KpiPoint(p.date(), p.value())).toList();
    }

    private static KpiStatus statusOn(KpiTrajectory trajectory, List<KpiTrajectory.Point> measurements, LocalDate day) {
        return trajectory.assess(measurements.stream().filter(p -> !p.date().isAfter(day)).toList()).status();
    }

    private static Optional<KpiTrajectory.Point> latestOnOrBefore(List<KpiTrajectory.Point> measurements, LocalDate day) {
        return measurements.stream().filter(p -> !p.date().isAfter(day)).max(Comparator.comparing(KpiTrajectory.Point::date));
    }

    /** The board's recommendations as the period's end saw them (see the class comment). */
    public static List<ReportContent.RecommendationLine> recommendationLines(List<RecommendationView> recommendations,
                                                                              ReportPeriod period) {
        List<ReportContent.RecommendationLine> lines = new java.util.ArrayList<>();
        for (RecommendationView r : recommendations) {
            if (r.meetingStartsAt() == null) {
                continue;
            }
            java.time.LocalDate votedOn = java.time.LocalDate.ofInstant(r.meetingStartsAt(), ReportPeriod.ZONE);
            if (votedOn.isAfter(period.to())) {
                continue;
            }
            List<RecommendationView.Step> known = r.steps().stream().filter(s -> !s.onDate().isAfter(period.to())).toList();
            de.mitwirken.board.entity.RecommendationStatus status = known.isEmpty()
                    ? de.mitwirken.board.entity.RecommendationStatus.NOT_ADOPTED : known.get(known.size() - 1).status();
            String answeredBy = known.stream().map(RecommendationView.Step::answeredBy).filter(java.util.Objects::nonNull)
                    .reduce((a, b) -> b).orElse(null);
            boolean moved = !votedOn.isBefore(period.from()) || known.stream().anyMatch(s -> !s.onDate().isBefore(period.from()));
            lines.add(new ReportContent.RecommendationLine(r.id(), r.title(), r.addressee(), votedOn, r.yes(), r.no(),
                    r.abstain(), status, answeredBy, moved));
        }
        lines.sort(java.util.Comparator.comparing(ReportContent.RecommendationLine::votedOn).reversed());
        return lines;
    }
}
