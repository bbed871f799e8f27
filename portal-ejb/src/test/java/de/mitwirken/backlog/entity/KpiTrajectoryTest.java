package de.mitwirken.backlog.entity;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.mitwirken.backlog.entity.KpiTrajectory.Point;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTrajectoryTest {

    // online share of citizen-office appointments: 20 % at the end of 2023, 40 % by 2025, 80 % by 2030
    private static final Point BASE = new Point(LocalDate.of(2023, 12, 31), 20);
    private static final KpiTrajectory ONLINE = new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, BASE, 40.0, 80);
    // waiting days for a building permit: 120 days, 90 by 2025, 30 by 2030
    private static final KpiTrajectory WAITING = new KpiTrajectory(KpiDirection.LOWER_IS_BETTER,
            new Point(LocalDate.of(2023, 12, 31), 120), 90.0, 30);

    private static Point at(String day, double value) {
        return new Point(LocalDate.parse(day), value);
    }

    @Test
    void theLineRunsThroughBothTargetsAndStaysAtTheLastOne() {
        assertEquals(20, ONLINE.expectedAt(LocalDate.of(2023, 6, 1)), 1e-9);
        assertEquals(30, ONLINE.expectedAt(LocalDate.of(2024, 12, 31)), 0.05);
        assertEquals(40, ONLINE.expectedAt(KpiTrajectory.END_2025), 1e-9);
        assertEquals(60, ONLINE.expectedAt(LocalDate.of(2028, 7, 1)), 0.05);
        assertEquals(80, ONLINE.expectedAt(LocalDate.of(2032, 1, 1)), 1e-9);
    }

    @Test
    void withoutMeasurementsThereIsNoData() {
        assertEquals(KpiStatus.NO_DATA, ONLINE.assess(List.of()).status());
    }

    @Test
    void measurementsBeforeTheBaselineDoNotCount() {
        assertEquals(KpiStatus.NO_DATA, ONLINE.assess(List.of(at("2023-01-01", 5))).status());
        KpiTrajectory.Assessment a = ONLINE.assess(List.of(at("2024-12-31", 29), at("2022-01-01", 1)));
        assertEquals(LocalDate.of(2024, 12, 31), a.latest().date());
    }

    @Test
    void theRatioDecidesBetweenOnTrackAtRiskAndOffTrack() {
        // expected 30 at the end of 2024, i.e. +10 since the baseline
        assertEquals(KpiStatus.ON_TRACK, ONLINE.assess(List.of(at("2024-12-31", 29.2))).status());
        assertEquals(KpiStatus.AT_RISK, ONLINE.assess(List.of(at("2024-12-31", 27))).status());
        assertEquals(KpiStatus.OFF_TRACK, ONLINE.assess(List.of(at("2024-12-31", 25))).status());
        assertEquals(KpiStatus.OFF_TRACK, ONLINE.assess(List.of(at("2024-12-31", 15))).status(), "worse than baseline");
    }

    @Test
    void theLatestMeasurementCountsNotTheBest() {
        List<Point> values = List.of(at("2024-12-31", 31), at("2025-06-30", 26));
        assertEquals(KpiStatus.OFF_TRACK, ONLINE.assess(values).status());
    }

    @Test
    void lowerIsBetterCountsFallingValuesAsProgress() {
        // expected 105 at the end of 2024 (−15 since baseline)
        assertEquals(KpiStatus.ON_TRACK, WAITING.assess(List.of(at("2024-12-31", 106))).status());
        assertEquals(KpiStatus.AT_RISK, WAITING.assess(List.of(at("2024-12-31", 110))).status());
        assertEquals(KpiStatus.OFF_TRACK, WAITING.assess(List.of(at("2024-12-31", 118))).status());
        assertEquals(KpiStatus.OFF_TRACK, WAITING.assess(List.of(at("2024-12-31", 130))).status());
        KpiTrajectory.Assessment a = WAITING.assess(List.of(at("2024-12-31", 110)));
        assertEquals(10 / 15.0, a.ratio(), 0.01);
    }

    @Test
    void aTargetAlreadyMetIsOnTrackEvenEarly() {
        assertEquals(KpiStatus.ON_TRACK, ONLINE.assess(List.of(at("2024-01-31", 45))).status(), "2025 target met");
        assertEquals(KpiStatus.ON_TRACK, WAITING.assess(List.of(at("2024-01-31", 25))).status(), "2030 target met");
        // after 2025 the 2025 target no longer suffices
        assertEquals(KpiStatus.OFF_TRACK, ONLINE.assess(List.of(at("2029-12-31", 41))).status());
    }

    @Test
    void aTargetEqualToTheBaselineAsksToHoldTheLevel() {
        KpiTrajectory hold = new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, BASE, 20.0, 20);
        KpiTrajectory.Assessment kept = hold.assess(List.of(at("2026-05-01", 20)));
        assertEquals(KpiStatus.ON_TRACK, kept.status());
        assertNull(kept.ratio());
        assertEquals(KpiStatus.OFF_TRACK, hold.assess(List.of(at("2026-05-01", 19.5))).status());
    }

    @Test
    void aMeasurementOnTheBaselineDateIsJudgedAgainstTheBaseline() {
        assertEquals(KpiStatus.ON_TRACK, ONLINE.assess(List.of(at("2023-12-31", 20))).status());
        assertEquals(KpiStatus.OFF_TRACK, ONLINE.assess(List.of(at("2023-12-31", 19))).status());
    }

    @Test
    void withoutA2025TargetOrWithABaselineAfter2025TheLineGoesStraightTo2030() {
        KpiTrajectory direct = new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, at("2025-12-31", 0), null, 100);
        assertEquals(100, direct.targetAt(LocalDate.of(2025, 1, 1)));
        assertEquals(20, direct.expectedAt(LocalDate.of(2026, 12, 31)), 0.1);
        KpiTrajectory late = new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, at("2026-12-31", 0), 50.0, 80);
        assertEquals(20, late.expectedAt(LocalDate.of(2027, 12, 31)), 0.1);
        assertEquals(80, late.targetAt(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theLineForChartsHasTheCornersTheRuleUses() {
        assertEquals(List.of(BASE, at("2025-12-31", 40), at("2030-12-31", 80)), ONLINE.line());
        KpiTrajectory direct = new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, at("2025-12-31", 0), 50.0, 100);
        assertEquals(List.of(at("2025-12-31", 0), at("2030-12-31", 100)), direct.line(), "no corner at the baseline's own date");
        KpiTrajectory without2025 = new KpiTrajectory(KpiDirection.LOWER_IS_BETTER, at("2024-06-30", 10), null, 2);
        assertEquals(List.of(at("2024-06-30", 10), at("2030-12-31", 2)), without2025.line());
    }

    @Test
    void betweenTheCornersTheExpectedValueIsTheStraightLine() {
        for (KpiTrajectory trajectory : List.of(ONLINE, WAITING,
                new KpiTrajectory(KpiDirection.HIGHER_IS_BETTER, at("2026-03-01", 5), 9.0, 7))) {
            List<Point> corners = trajectory.line();
            for (Point corner : corners) {
                assertEquals(corner.value(), trajectory.expectedAt(corner.date()), 1e-9);
            }
            for (int i = 1; i < corners.size(); i++) {
                Point a = corners.get(i - 1);
                Point b = corners.get(i);
                LocalDate middle = a.date().plusDays(DAYS.between(a.date(), b.date()) / 2);
                double share = (double) DAYS.between(a.date(), middle)
                        / DAYS.between(a.date(), b.date());
                assertEquals(a.value() + (b.value() - a.value()) * share, trajectory.expectedAt(middle), 1e-9);
            }
        }
    }
}
