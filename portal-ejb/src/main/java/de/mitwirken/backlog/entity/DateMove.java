package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A milestone's new date and the reason the public reads for it (10–500 characters); {@link #problems}
 * names each bad field. The date must differ from the one it replaces; any day is accepted, also one in the past
 * (the office records what was decided).
 */
public record DateMove(LocalDate newDate, String reason) implements Serializable {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    public DateMove {
        reason = CleanText.multiline(reason);
    }

    public Map<String, String> problems(LocalDate currentDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (newDate == null) {
            problems.put("newDate", "backlog.milestone.error.newDate");
        } else if (newDate.equals(currentDate)) {
            problems.put("newDate", "backlog.milestone.error.sameDate");
        }
        int length = CleanText.length(reason);
        if (length < REASON_MIN || length > REASON_MAX) {
            problems.put("reason", "backlog.milestone.error.reason");
        }
        return problems;
    }
}
