package de.mitwirken.reporting.control;

import static de.mitwirken.backlog.entity.ItemStatus.ASSESSED;
import static de.mitwirken.backlog.entity.ItemStatus.DONE;
import static de.mitwirken.backlog.entity.ItemStatus.DROPPED;
import static de.mitwirken.backlog.entity.ItemStatus.IN_PROGRESS;
import static de.mitwirken.backlog.entity.ItemStatus.PRIORITISED;
import static de.mitwirken.backlog.entity.ItemStatus.PROPOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.KpiTrajectory.Point;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.reporting.control.ReportComposition.StatusMove;
import de.mitwirken.reporting.control.ReportComposition.StatusStep;
import de.mitwirken.reporting.control.ReportContent.KpiMovement;
import de.mitwirken.reporting.control.ReportContent.Movement;
import de.mitwirken.reporting.entity.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportCompositionTest {

    private static final ReportPeriod Q3 = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private static final Set<ItemStatus> PUBLISHED = EnumSet.of(PRIORITISED, IN_PROGRESS, DONE);

    private static StatusStep step(long item, ItemStatus status, String at) {
        return new StatusStep(item, status, Instant.parse(at));
    }

    @Test
    void anEmptyPeriodHasNoMoves() {
        assertEquals(List.of(), ReportComposition.statusMoves(List.of(), Q3, PUBLISHED));
        assertEquals(List.of(), ReportComposition.statusMoves(List.of(step(1, PROPOSED, "2026-05-01T10:00:00Z"),
                step(1, PRIORITISED, "2026-06-01T10:00:00Z"), step(1, IN_PROGRESS, "2026-10-01T10:00:00Z")), Q3, PUBLISHED),
                "changes only before and after the period");
    }

    @Test
    void statusBeforeThePeriodAndAtItsEnd() {
        List<StatusMove> moves = ReportComposition.statusMoves(List.of(
                step(1, IN_PROGRESS, "2026-08-20T10:00:00Z"), step(1, PRIORITISED, "2026-06-01T10:00:00Z"),
                step(1, DONE, "2026-09-10T10:00:00Z"), step(1, PROPOSED, "2026-05-01T10:00:00Z")), Q3, PUBLISHED);
        assertEquals(List.of(new StatusMove(1, PRIORITISED, DONE, Instant.parse("2026-09-10T10:00:00Z"))), moves);
    }

    @Test
    void anItemCreatedInThePeriodHasNoStatusBefore() {
        List<StatusMove> moves = ReportComposition.statusMoves(List.of(step(2, PROPOSED, "2026-07-02T10:00:00Z"),
                step(2, ASSESSED, "2026-07-03T10:00:00Z"), step(2, PRIORITISED, "2026-07-04T10:00:00Z")), Q3, PUBLISHED);
        assertEquals(1, moves.size());
        assertNull(moves.get(0).before());
        assertEquals(PRIORITISED, moves.get(0).after());
    }

    @Test
    void draftsStayInternalButADroppedPublishedItemIsReported() {
        List<StatusMove> moves = ReportComposition.statusMoves(List.of(
                step(3, PROPOSED, "2026-07-02T10:00:00Z"), step(3, ASSESSED, "2026-07-05T10:00:00Z"),
                step(4, PROPOSED, "2026-07-02T10:00:00Z"), step(4, DROPPED, "2026-07-06T10:00:00Z"),
                step(5, PRIORITISED, "2026-05-02T10:00:00Z"), step(5, DROPPED, "2026-08-06T10:00:00Z")), Q3, PUBLISHED);
        assertEquals(List.of(new StatusMove(5, PRIORITISED, DROPPED, Instant.parse("2026-08-06T10:00:00Z"))), moves);
    }

    @Test
    void movesAreOrderedByTheirLastChange() {
        List<StatusMove> moves = ReportComposition.statusMoves(List.of(step(7, PRIORITISED, "2026-09-01T10:00:00Z"),
                step(6, PRIORITISED, "2026-08-01T10:00:00Z")), Q3, PUBLISHED);
        assertEquals(List.of(6L, 7L), moves.stream().map(StatusMove::itemId).toList());
    }

    private static KpiDraft kpi(KpiDirection direction, String baseline, String target2025, String target2030) {
        return new KpiDraft("Online-Anteil", "%", direction, new BigDecimal(baseline), LocalDate.of(2024, 1, 1),
                new BigDecimal(target2025), new BigDecimal(target2030), "Statistik", "Amt", SuccessFactor.BALANCE);
    }

    @Test
    void kpiValuesAreTheLatestOnOrBeforeEachDay() {
        KpiMovement movement = ReportComposition.kpiMovement(1, kpi(KpiDirection.HIGHER_IS_BETTER, "10", "50", "90"),
                List.of(new Point(LocalDate.of(2026, 6, 30), 30), new Point(LocalDate.of(2026, 7, 1), 32),
                        new Point(LocalDate.of(2026, 9, 30), 40), new Point(LocalDate.of(2026, 10, 1), 99)), Q3);
        assertEquals(32.0, movement.startValue());
        assertEquals(LocalDate.of(2026, 7, 1), movement.startDate());
        assertEquals(40.0, movement.endValue());
        assertEquals(Movement.IMPROVED, movement.movement());
    }

    @Test
    void withoutAMeasurementBeforeThePeriodThereIsNoComparison() {
        KpiMovement movement = ReportComposition.kpiMovement(1, kpi(KpiDirection.HIGHER_IS_BETTER, "10", "50", "90"),
                List.of(new Point(LocalDate.of(2026, 8, 15), 35)), Q3);
        assertNull(movement.startValue());
        assertEquals(35.0, movement.endValue());
        assertEquals(Movement.NO_DATA, movement.movement());
        assertEquals(KpiStatus.NO_DATA, movement.statusAtStart());
    }

    @Test
    void aKpiWithoutMeasurementsHasNoDataOnBothSides() {
        KpiMovement movement = ReportComposition.kpiMovement(1, kpi(KpiDirection.HIGHER_IS_BETTER, "10", "50", "90"),
                List.of(), Q3);
        assertEquals(Movement.NO_DATA, movement.movement());
        assertEquals(KpiStatus.NO_DATA, movement.statusAtEnd());
    }

    @Test
    void lowerIsBetterImprovesByFalling() {
        KpiDraft waitingDays = kpi(KpiDirection.LOWER_IS_BETTER, "30", "20", "5");
        assertEquals(Movement.IMPROVED, ReportComposition.kpiMovement(1, waitingDays, List.of(
                new Point(LocalDate.of(2026, 6, 1), 25), new Point(LocalDate.of(2026, 9, 1), 18)), Q3).movement());
        assertEquals(Movement.WORSENED, ReportComposition.kpiMovement(1, waitingDays, List.of(
                new Point(LocalDate.of(2026, 6, 1), 18), new Point(LocalDate.of(2026, 9, 1), 25)), Q3).movement());
        assertEquals(Movement.UNCHANGED, ReportComposition.kpiMovement(1, waitingDays, List.of(
                new Point(LocalDate.of(2026, 6, 1), 18)), Q3).movement());
    }

    @Test
    void theTrafficLightFollowsTheBacklogRuleOnEachDay() {
        // baseline 10 on 1 Jan 2024, 50 by end of 2025, 90 by end of 2030: in mid 2026 about 54 are expected
        KpiMovement movement = ReportComposition.kpiMovement(1, kpi(KpiDirection.HIGHER_IS_BETTER, "10", "50", "90"),
                List.of(new Point(LocalDate.of(2026, 6, 30), 20), new Point(LocalDate.of(2026, 9, 30), 55)), Q3);
        assertEquals(KpiStatus.OFF_TRACK, movement.statusAtStart());
        assertEquals(KpiStatus.ON_TRACK, movement.statusAtEnd());
    }

    @Test
    void boardRecommendationsAreReportedWithTheirStatusOnTheLastDay() {
        ReportPeriod period = new ReportPeriod(java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 11, 15));
        var implemented = recommendation(1, "2025-09-18T15:00:00Z", java.util.List.of(
                step(de.mitwirken.board.entity.RecommendationStatus.SUBMITTED, "2025-09-18", null),
                step(de.mitwirken.board.entity.RecommendationStatus.ACCEPTED, "2025-12-04", "Ausschuss"),
                step(de.mitwirken.board.entity.RecommendationStatus.IMPLEMENTED, "2026-11-20", "Amt")));
        var votedInPeriod = recommendation(2, "2026-10-01T15:00:00Z", java.util.List.of(
                step(de.mitwirken.board.entity.RecommendationStatus.SUBMITTED, "2026-10-01", null)));
        var notAdopted = recommendation(3, "2025-09-18T15:00:00Z", java.util.List.of());
        var votedAfter = recommendation(4, "2026-11-20T15:00:00Z", java.util.List.of(
                step(de.mitwirken.board.entity.RecommendationStatus.SUBMITTED, "2026-11-20", null)));
        var lines = ReportComposition.recommendationLines(java.util.List.of(implemented, votedInPeriod, notAdopted, votedAfter),
                period);
        assertEquals(java.util.List.of(2L, 1L, 3L), lines.stream().map(ReportContent.RecommendationLine::id).toList(),
                "voted up to the last day, newest vote first; a later vote is not yet in the report");
        assertEquals(de.mitwirken.board.entity.RecommendationStatus.ACCEPTED, lines.get(1).statusAtEnd(),
                "the implementation came after the period");
        assertEquals("Ausschuss", lines.get(1).lastAnsweredBy());
        assertEquals(false, lines.get(1).movedInPeriod());
        assertEquals(true, lines.get(0).movedInPeriod(), "voted in the period");
        assertEquals(de.mitwirken.board.entity.RecommendationStatus.NOT_ADOPTED, lines.get(2).statusAtEnd());
    }

    private static de.mitwirken.board.boundary.RecommendationView.Step step(
            de.mitwirken.board.entity.RecommendationStatus status, String date, String by) {
        return new de.mitwirken.board.boundary.RecommendationView.Step(status, java.time.LocalDate.parse(date), by, null);
    }

    private static de.mitwirken.board.boundary.RecommendationView recommendation(long id, String votedAt,
            java.util.List<de.mitwirken.board.boundary.RecommendationView.Step> steps) {
        return new de.mitwirken.board.boundary.RecommendationView(id, "Empfehlung " + id, "Text",
                de.mitwirken.board.entity.Addressee.COUNCIL, steps.isEmpty()
                ? de.mitwirken.board.entity.RecommendationStatus.NOT_ADOPTED : steps.get(steps.size() - 1).status(),
                "Mitglied", java.time.Instant.parse(votedAt), 7L, "Sitzung", java.time.Instant.parse(votedAt), 5, 1, 0,
                false, java.util.List.of(), steps, null, null, null, java.util.List.of(), null, false);
    }
}
