package de.mitwirken.reporting.boundary;

/** A stored report's PDF as it was generated, with a file name for the download. */
public record ReportFile(String fileName, byte[] bytes, String sha256) {
}
