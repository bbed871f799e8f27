package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measured value of a KPI on a day, with an optional note; future days are refused. */
public record MeasurementDraft(LocalDate date, BigDecimal value, String note) implements Serializable {

    public static final int NOTE_MAX = 500;

    public MeasurementDraft {
        note = note == null || CleanText.multiline(note).isEmpty() ? null : CleanText.multiline(note);
    }

    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (date == null || date.isAfter(today)) {
            problems.put("date", "backlog.kpi.error.measurementDate");
        }
        if (value == null || !KpiDraft.storable(value)) { // a value the column cannot hold is bad input, not a 500
            problems.put("value", "backlog.kpi.error.value");
        }
        if (note != null && CleanText.length(note) > NOTE_MAX) {
            problems.put("note", "backlog.kpi.error.note");
        }
        return problems;
    }
}
