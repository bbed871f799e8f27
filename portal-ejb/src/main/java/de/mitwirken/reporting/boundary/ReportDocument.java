package de.mitwirken.reporting.boundary;

import java.io.Serializable;

/** A stored report's HTML snapshot (an article fragment, escaped when it was generated) with its facts. */
public record ReportDocument(ReportSummary summary, String languageTag, String html) implements Serializable {
}
