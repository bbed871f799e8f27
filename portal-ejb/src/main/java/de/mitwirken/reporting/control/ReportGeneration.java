package de.mitwirken.reporting.control;

import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Generates a report in the caller's transaction: composes the content, renders the HTML snapshot and the
 * PDF from it, stores both as the next version for the period (1, 2, …) and audits it. Used by the
 * strategy office's boundary and by the demo data step; the period has been checked by the caller.
 */
@ApplicationScoped
public class ReportGeneration {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportSources sources;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ProgressReport generate(ReportPeriod period, String by) {
        Instant now = clock.instant();
        Integer latest = em.createNamedQuery(ProgressReport.LATEST_VERSION, Integer.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
        int version = latest == null ? 1 : latest + 1;
        String title = ReportHtml.title(ReportHtml.LANGUAGE, period.from(), period.to());
        String html = ReportHtml.render(sources.compose(period, now), version);
        byte[] pdf = ReportPdf.render(title, ReportHtml.LANGUAGE.tag(), html);
        ProgressReport report = new ProgressReport(period, version, ReportHtml.LANGUAGE, title, html, pdf, by, now);
        em.persist(report);
        em.flush();
        audit.record("reporting.report.generate", "progress-report", report.id(), "report generated: " + title
                + " (version " + version + ")", null, Map.of("from", period.from(), "to", period.to(), "version", version,
                "pdfSha256", report.pdfSha256()));
        return report;
    }

    public void release(ProgressReport report, String by) {
        report.release(by, clock.instant());
        audit.record("reporting.report.release", "progress-report", report.id(), "report released: " + report.title()
                + " (version " + report.version() + ")", Map.of("released", false), Map.of("released", true,
                "pdfSha256", report.pdfSha256()));
    }
}
