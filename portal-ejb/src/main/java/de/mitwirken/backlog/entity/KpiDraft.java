package de.mitwirken.backlog.entity;

import de.mitwirken.needs.entity.CleanText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What defines a KPI (Kennzahl). The 2025 target may be empty (a KPI defined late, or only meant for
 * 2030); the baseline lies before the end of 2030, otherwise there is no trajectory to follow.
 */
public record KpiDraft(String name, String unit, KpiDirection direction, BigDecimal baselineValue,
                       LocalDate baselineDate, BigDecimal target2025, BigDecimal target2030, String dataSource,
                       String owner, SuccessFactor successFactor, Long backlogItemId) implements Serializable {

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
        if (baselineValue == null) {
            problems.put("baselineValue", "backlog.kpi.error.baselineValue");
        }
        if (baselineDate == null || !baselineDate.isBefore(KpiTrajectory.END_2030)) {
            problems.put("baselineDate", "backlog.kpi.error.baselineDate");
        }
        if (target2030 == null) {
            problems.put("target2030", "backlog.kpi.error.target2030");
        }
        return problems;
    }

    private static void text(Map<String, String> problems, String field, String value, int min, int max) {
        int length = CleanText.length(value);
        if (length < min || length > max) {
            problems.put(field, "backlog.kpi.error." + field);
        }
    }
}
