package de.mitwirken.reporting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored report without its content: period, version, who generated and released it and when, the German
 * PDF's hash (none for a draft) and whether it exists in English too (every report generated since V25).
 */
public record ReportSummary(long id, LocalDate from, LocalDate to, int version, String title, Instant generatedAt,
                            String generatedBy, String pdfSha256, Instant releasedAt, String releasedBy, boolean english)
        implements Serializable {

    public boolean released() {
        return releasedAt != null;
    }

    static ReportSummary of(Object[] row) {
        return new ReportSummary(((Number) row[0]).longValue(), (LocalDate) row[1], (LocalDate) row[2],
                ((Number) row[3]).intValue(), (String) row[4], (Instant) row[5], (String) row[6], (String) row[7],
                (Instant) row[8], (String) row[9], row[10] != null);
    }
}
