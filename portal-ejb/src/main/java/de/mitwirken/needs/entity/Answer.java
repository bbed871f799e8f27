package de.mitwirken.needs.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The city's official answer to a need: outcome, text, answering department, and a reason where required. */
public record Answer(Outcome outcome, String text, String department, String reason) {

    public Answer {
        text = CleanText.multiline(text);
        department = CleanText.line(department);
        reason = reason == null || CleanText.multiline(reason).isEmpty() ? null : CleanText.multiline(reason);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "needs.error.outcome");
        }
        if (CleanText.length(text) < 10 || CleanText.length(text) > NeedDraft.DESCRIPTION_MAX) {
            problems.put("answerText", "needs.error.answer");
        }
        if (department.isEmpty() || department.length() > 200) {
            problems.put("department", "needs.error.department");
        }
        if (outcome != null && outcome.needsReason() && reason == null) {
            problems.put("reason", "needs.error.reason");
        }
        if (reason != null && reason.length() > 1000) {
            problems.put("reason", "needs.error.reason.long");
        }
        return problems;
    }

    public Answer requireValid() {
        if (!problems().isEmpty()) {
            throw new IllegalArgumentException("answer not acceptable: " + problems());
        }
        Objects.requireNonNull(outcome);
        return this;
    }
}
