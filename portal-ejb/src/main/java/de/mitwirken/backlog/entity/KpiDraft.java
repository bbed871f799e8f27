package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What defines a KPI (Kennzahl). The 2025 target may be empty (a KPI defined late, or only meant for
 * 2030); the baseline lies before the end of 2030, otherwise there is no trajectory to follow. Values keep
 * at most four decimals and fourteen digits before the point (what the columns store).
 */
public record KpiDraft(String name, String unit, KpiDirection direction, BigDecimal baselineValue,
                       LocalDate baselineDate, BigDecimal target2025, BigDecimal target2030, String dataSource,
                       String owner, SuccessFactor successFactor) implements Serializable {

    static final int PRECISION = 18;
    static final int SCALE = 4;

    public KpiDraft {
        name = CleanText.line(name);
        unit = CleanText.line(unit);
        dataSource = CleanText.line(dataSource);
        owner = CleanText.line(owner);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "name", name, 3, 200);
        text(problems, "unit", unit, 1, 40);
        text(problems, "dataSource", dataSource, 3, 300);
        text(problems, "owner", owner, 2, 200);
        if (direction == null) {
            problems.put("direction", "backlog.kpi.error.direction");
        }
        if (successFactor == null) {
            problems.put("successFactor", "backlog.kpi.error.successFactor");
        }
        if (baselineValue == null || !storable(baselineValue)) {
            problems.put("baselineValue", "backlog.kpi.error.baselineValue");
        }
        if (baselineDate == null || !baselineDate.isBefore(KpiTrajectory.END_2030)) {
            problems.put("baselineDate", "backlog.kpi.error.baselineDate");
        }
        if (target2025 != null && !storable(target2025)) {
            problems.put("target2025", "backlog.kpi.error.target2025");
        }
        if (target2030 == null || !storable(target2030)) {
            problems.put("target2030", "backlog.kpi.error.target2030");
        }
        return problems;
    }

    /** Whether a value fits the columns (DECIMAL(18,4)): at most 14 digits before and 4 after the point. */
    public static boolean storable(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= SCALE && plain.precision() - plain.scale() <= PRECISION - SCALE;
    }

    /** The line this KPI's status follows (see {@link KpiTrajectory}); only for a draft without problems. */
    public KpiTrajectory trajectory() {
        return new KpiTrajectory(direction, new KpiTrajectory.Point(baselineDate, baselineValue.doubleValue()),
                target2025 == null ? null : target2025.doubleValue(), target2030.doubleValue());
    }

    private static void text(Map<String, String> problems, String field, String value, int min, int max) {
        int length = CleanText.length(value);
        if (length < min || length > max) {
            problems.put(field, "backlog.kpi.error." + field);
        }
    }
}
