package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EasyLanguage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The city's official answer to a need: outcome, text, answering department, a reason where required, and
 * optionally the text in Leichte Sprache (easy-to-read German; null when there is none).
 */
public record Answer(Outcome outcome, String text, String department, String reason, String easyText) {

    public Answer {
        text = CleanText.multiline(text);
        department = CleanText.line(department);
        reason = reason == null || CleanText.multiline(reason).isEmpty() ? null : CleanText.multiline(reason);
        easyText = EasyLanguage.acceptable(easyText) ? EasyLanguage.version(easyText) : easyText;
    }

    /** An answer without an easy-to-read version. */
    public Answer(Outcome outcome, String text, String department, String reason) {
        this(outcome, text, department, reason, null);
    }

    /** Whether this says the same as the given official answer, whatever its easy-to-read version. */
    public boolean sameOfficialAnswer(Outcome otherOutcome, String otherText, String otherDepartment, String otherReason) {
        return outcome == otherOutcome && text.equals(otherText) && department.equals(otherDepartment)
                && Objects.equals(reason, otherReason);
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
        if (!EasyLanguage.acceptable(easyText)) {
            problems.put("easyText", "common.error.easyText");
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
