package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The political decision that settles a divergence. Council and committee decisions name their council
 * document (e.g. "V/0328/2023": kind, number, year, optionally a supplement such as "/1E").
 */
public record DivergenceDecision(DecidingBody body, LocalDate date, String outcome, String documentRef)
        implements Serializable {

    public static final Pattern DOCUMENT = Pattern.compile("[A-Z]{1,4}/\\d{4}/\\d{4}(/[0-9A-Za-z.]{1,10})?");
    public static final int OUTCOME_MIN = 10;
    public static final int OUTCOME_MAX = 5000;

    public DivergenceDecision {
        outcome = CleanText.multiline(outcome);
        documentRef = documentRef == null || documentRef.isBlank() ? null : documentRef.strip();
    }

    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (body == null) {
            problems.put("body", "backlog.error.decision.body");
        }
        if (date == null || date.isAfter(today)) {
            problems.put("date", "backlog.error.decision.date");
        }
        int length = CleanText.length(outcome);
        if (length < OUTCOME_MIN || length > OUTCOME_MAX) {
            problems.put("outcome", "backlog.error.decision.outcome");
        }
        if (documentRef == null ? body != null && body.needsDocument() : !DOCUMENT.matcher(documentRef).matches()) {
            problems.put("documentRef", "backlog.error.decision.document");
        }
        return problems;
    }
}
