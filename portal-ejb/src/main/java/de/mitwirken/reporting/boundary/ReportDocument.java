package de.mitwirken.reporting.boundary;

import java.io.Serializable;

/**
 * A report's text in one language (an article fragment, escaped when it was generated) with its facts: for a
 * released report as stored, for a draft with its commentary so far. languageTag is the language shown (German
 * when a report of the time before V25 is asked for in English), title and hash in that language; councilPaperId:
 * the council paper with which it went to the council (council.boundary.CouncilPapers reads it), null: none yet.
 */
public record ReportDocument(ReportSummary summary, String languageTag, String title, String pdfSha256, String html,
                             Long councilPaperId)
        implements Serializable {
}
