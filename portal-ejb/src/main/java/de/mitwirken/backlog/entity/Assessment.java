package de.mitwirken.backlog.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategy office's assessment of an item: impact rating 1–5 (used only where the affected services
 * give no OZG gain, so it may be empty), confidence in %, effort in person-months (one decimal, above 0).
 */
public record Assessment(Integer impactRating, Integer confidence, BigDecimal effort) implements Serializable {

    public static final BigDecimal EFFORT_MAX = new BigDecimal("9999.9");

    public Assessment {
        effort = effort == null ? null : effort.setScale(1, RoundingMode.HALF_UP);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (impactRating != null && (impactRating < 1 || impactRating > 5)) {
            problems.put("impactRating", "backlog.error.impactRating");
        }
        if (confidence == null || confidence < 0 || confidence > 100) {
            problems.put("confidence", "backlog.error.confidence");
        }
        if (effort == null) {
            problems.put("effort", "backlog.error.effort.missing");
        } else if (effort.signum() <= 0) {
            problems.put("effort", "backlog.error.effort.positive");
        } else if (effort.compareTo(EFFORT_MAX) > 0) {
            problems.put("effort", "backlog.error.effort.large");
        }
        return problems;
    }
}
