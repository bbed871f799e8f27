package de.mitwirken.backlog.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The status rule of a KPI (quoted on the success-factor page):
 * <ol>
 * <li>Only measurements on or after the baseline date count (earlier ones are history). Without any, the
 *     status is NO_DATA.</li>
 * <li>The latest counting measurement is compared with the expected value on its date: a straight line
 *     from the baseline (value, date) to the 2025 target on 31 Dec 2025, then on to the 2030 target on
 *     31 Dec 2030, and the 2030 target after that. Without a 2025 target, or with a baseline after 2025,
 *     the line runs from the baseline straight to the 2030 target.</li>
 * <li>ON_TRACK if the value already meets the target of its horizon (2025 target up to 31 Dec 2025,
 *     else 2030) or the 2030 target; "meets" means at least as high, or for lower-is-better KPIs at least
 *     as low.</li>
 * <li>Otherwise progress ratio = achieved improvement ÷ expected improvement since the baseline, both
 *     counted in the KPI's direction: ON_TRACK from 0.9, AT_RISK from 0.6, else OFF_TRACK.</li>
 * <li>Where the line asks for no improvement yet (target equal to the baseline, or a measurement on the
 *     baseline date), there is no ratio: ON_TRACK if the value is no worse than expected, else OFF_TRACK.</li>
 * </ol>
 */
public final class KpiTrajectory {

    public static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    public static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);
    static final double ON_TRACK_RATIO = 0.9;
    static final double AT_RISK_RATIO = 0.6;
    private static final double EPSILON = 1e-9;

    /** A measured (or expected) value on a day. */
    public record Point(LocalDate date, double value) implements Serializable {
    }

    /** The outcome of the rule; latest, expected and ratio are null where they do not apply. */
    public record Assessment(KpiStatus status, Point latest, Double expected, Double ratio) implements Serializable {
    }

    private final KpiDirection direction;
    private final Point baseline;
    private final Double target2025;
    private final double target2030;

    public KpiTrajectory(KpiDirection direction, Point baseline, Double target2025, double target2030) {
        this.direction = direction;
        this.baseline = baseline;
        this.target2025 = target2025;
        this.target2030 = target2030;
    }

    private boolean hasMidpoint() {
        return target2025 != null && baseline.date().isBefore(END_2025);
    }

    /** The value the trajectory expects on a day. */
    public double expectedAt(LocalDate day) {
        if (!day.isAfter(baseline.date())) {
            return baseline.value();
        }
        Point from = baseline;
        if (hasMidpoint()) {
            Point mid = new Point(END_2025, target2025);
            if (!day.isAfter(END_2025)) {
                return between(from, mid, day);
            }
            from = mid;
        }
        if (!from.date().isBefore(END_2030) || day.isAfter(END_2030)) {
            return target2030;
        }
        return between(from, new Point(END_2030, target2030), day);
    }

    /**
     * The corners of the line {@link #expectedAt} follows, oldest first: the baseline, the 2025 target on
     * 31 Dec 2025 where the line passes it, the 2030 target on 31 Dec 2030. Between two corners the expected
     * value is the straight line; after the last one it stays at the 2030 target. Charts draw exactly this.
     */
    public List<Point> line() {
        List<Point> corners = new ArrayList<>();
        corners.add(baseline);
        if (hasMidpoint()) {
            corners.add(new Point(END_2025, target2025));
        }
        if (corners.get(corners.size() - 1).date().isBefore(END_2030)) {
            corners.add(new Point(END_2030, target2030));
        }
        return List.copyOf(corners);
    }

    private static double between(Point a, Point b, LocalDate day) {
        double span = ChronoUnit.DAYS.between(a.date(), b.date());
        double done = ChronoUnit.DAYS.between(a.date(), day);
        return a.value() + (b.value() - a.value()) * done / span;
    }

    /** The target of the horizon a day belongs to. */
    public double targetAt(LocalDate day) {
        return hasMidpoint() && !day.isAfter(END_2025) ? target2025 : target2030;
    }

    public Assessment assess(List<Point> measurements) {
        Optional<Point> latest = measurements.stream().filter(p -> !p.date().isBefore(baseline.date()))
                .max(Comparator.comparing(Point::date));
        if (latest.isEmpty()) {
            return new Assessment(KpiStatus.NO_DATA, null, null, null);
        }
        Point actual = latest.get();
        double expected = expectedAt(actual.date());
        double required = direction.improvement(baseline.value(), expected);
        double achieved = direction.improvement(baseline.value(), actual.value());
        Double ratio = required > EPSILON ? achieved / required : null;
        if (meets(actual.value(), targetAt(actual.date())) || meets(actual.value(), target2030)) {
            return new Assessment(KpiStatus.ON_TRACK, actual, expected, ratio);
        }
        if (ratio == null) {
            KpiStatus status = meets(actual.value(), expected) ? KpiStatus.ON_TRACK : KpiStatus.OFF_TRACK;
            return new Assessment(status, actual, expected, null);
        }
        KpiStatus status = ratio >= ON_TRACK_RATIO - EPSILON ? KpiStatus.ON_TRACK
                : ratio >= AT_RISK_RATIO - EPSILON ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
        return new Assessment(status, actual, expected, ratio);
    }

    private boolean meets(double value, double target) {
        return direction.improvement(target, value) >= -EPSILON;
    }
}
