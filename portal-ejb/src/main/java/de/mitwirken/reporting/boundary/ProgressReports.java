package de.mitwirken.reporting.boundary;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.reporting.control.ReportGeneration;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The council progress report (Umsetzungsbericht): the strategy office generates a report for a period
 * (each time a new version, stored unchangeable with its HTML, PDF and the PDF's SHA-256) and releases it;
 * everyone reads released reports, the office also unreleased ones. Generation and release are audited.
 * Permission policy: {@link ReportingPermissions}.
 */
@Stateless
@RolesAllowed(ReportingPermissions.MANAGE)
public class ProgressReports {

    @PersistenceContext
    EntityManager em;
    @Inject
    ReportGeneration generation;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Generates and stores the next version of the report for this period; returns its id. */
    public long generateReport(LocalDate from, LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        Map<String, String> problems = period.problems(LocalDate.now(clock.withZone(ReportPeriod.ZONE)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return generation.generate(period, caller()).id();
    }

    /** Releases a report for the public, once. */
    public void releaseReport(long id) {
        ProgressReport report = Rows.lock(em, ProgressReport.class, id);
        if (report.isReleased()) {
            throw new NotAllowed("reporting.error.released");
        }
        generation.release(report, caller());
    }

    /** Every stored report, all versions, newest period first. */
    public List<ReportSummary> reports() {
        return em.createNamedQuery(ProgressReport.SUMMARIES, Object[].class).getResultStream().map(ReportSummary::of).toList();
    }

    /** The released reports, newest period first. */
    @PermitAll
    public List<ReportSummary> releasedReports() {
        return em.createNamedQuery(ProgressReport.RELEASED_SUMMARIES, Object[].class).getResultStream()
                .map(ReportSummary::of).toList();
    }

    /** A report's HTML snapshot: released ones for everyone, unreleased ones for the office; else empty. */
    @PermitAll
    public Optional<ReportDocument> report(long id) {
        return readable(id).map(r -> new ReportDocument(summary(r), r.language().tag(), r.html()));
    }

    /** A report's PDF: released ones for everyone, unreleased ones for the office; else empty. */
    @PermitAll
    public Optional<ReportFile> pdf(long id) {
        return readable(id).map(r -> new ReportFile(r.fileName(), r.pdf(), r.pdfSha256()));
    }

    private Optional<ProgressReport> readable(long id) {
        ProgressReport report = em.find(ProgressReport.class, id);
        if (report == null || !report.isReleased() && !ReportingPermissions.mayManage(session::isCallerInRole)) {
            return Optional.empty();
        }
        return Optional.of(report);
    }

    private static ReportSummary summary(ProgressReport r) {
        return new ReportSummary(r.id(), r.period().from(), r.period().to(), r.version(), r.title(), r.generatedAt(),
                r.generatedBy(), r.pdfSha256(), r.releasedAt(), r.releasedBy());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
