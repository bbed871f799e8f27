package de.mitwirken.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportFile;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a stored report cannot be changed or deleted by any database account (triggers of
 * V7), is released once, and the public reads released reports only. The demo report (released at start)
 * comes from the real code.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(ReportingIT.class);
    }

    @Inject
    ProgressReports reports;

    @Resource(lookup = "jdbc/portal")
    DataSource app;

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;

    @Test
    void theDemoReportIsReleasedAndItsPdfMatchesItsHash() throws Exception {
        var released = reports.releasedReports();
        assertTrue(!released.isEmpty(), "the demo report");
        ReportFile pdf = reports.pdf(released.get(0).id()).orElseThrow();
        assertTrue(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.bytes())), pdf.sha256());
        assertTrue(reports.report(released.get(0).id()).orElseThrow().html().contains("Empfehlungen des Digitalisierungsbeirats"));
    }

    @Test
    void noAccountChangesOrDeletesAStoredReport() throws Exception {
        long id = insertUnreleased();
        for (DataSource source : List.of(app, owner)) {
            try (Connection c = source.getConnection(); Statement sql = c.createStatement()) {
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET html = '<p>forged</p>' WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET pdf = 'forged' WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET report_version = 9 WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM progress_report WHERE id = " + id));
            }
        }
        try (Connection c = app.getConnection(); Statement sql = c.createStatement()) {
            assertEquals(1, sql.executeUpdate("UPDATE progress_report SET released_at = NOW(6), released_by = 'it' WHERE id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET released_by = 'someone else' WHERE id = " + id),
                    "a released report is final");
            try (ResultSet rs = sql.executeQuery("SELECT html, released_by FROM progress_report WHERE id = " + id)) {
                rs.next();
                assertEquals("<article lang=\"de\"><p>unverändert</p></article>", rs.getString(1));
                assertEquals("it", rs.getString(2));
            }
        }
    }

    @Test
    void thePublicReadsReleasedReportsOnlyAndOnlyTheOfficeGenerates() throws Exception {
        long id = insertUnreleased();
        assertTrue(reports.pdf(id).isEmpty(), "no PDF of an unreleased report for the public");
        assertTrue(reports.report(id).isEmpty(), "no page of an unreleased report for the public");
        assertTrue(reports.releasedReports().stream().noneMatch(r -> r.id() == id));
        assertThrows(EJBAccessException.class, () -> reports.releaseReport(id));
        assertThrows(EJBAccessException.class, () -> reports.generateReport(java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 3, 31)));
    }

    /** A report row written directly (test data): a period no demo or browser test uses, a version of its own. */
    private long insertUnreleased() throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO progress_report (period_from, period_to, report_version, language, title, generated_at,"
                        + " generated_by, html, pdf, pdf_sha256) SELECT '2020-01-01', '2020-03-31', COALESCE(MAX(report_version), 0) + 1,"
                        + " 'de', 'Testbericht', NOW(6), 'it', ?, ?, REPEAT('0', 64) FROM progress_report"
                        + " WHERE period_from = '2020-01-01' AND period_to = '2020-03-31'", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "<article lang=\"de\"><p>unverändert</p></article>");
            ps.setBytes(2, "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
