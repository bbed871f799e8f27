package de.mitwirken.reporting.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * A report as the office edits its commentary: the facts, the version an edit must carry back, the commentary
 * per slot ("de.OVERALL", "en.MOBILITY", …) and what still keeps it from its release (slot → message key).
 */
public record DraftView(ReportSummary summary, long lockVersion, Map<String, String> commentary,
                        Map<String, String> releaseProblems) implements Serializable {
}
