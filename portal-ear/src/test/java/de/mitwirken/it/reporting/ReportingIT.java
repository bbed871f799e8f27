package de.mitwirken.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportDocument;
import de.mitwirken.reporting.boundary.ReportFile;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.reporting.entity.CommentarySection;
import de.mitwirken.reporting.entity.ProgressReport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a report starts as a draft and is released only with its German commentary (overall and per
 * strategy field); a released report and its commentary cannot be changed or deleted by any database account
 * (triggers of V7 and V25); every report exists in German and English; the public reads released reports only;
 * a due schedule generates a draft and a mail to the office (the test domain looks every 2 s, scripts/test.sh).
 * The demo report (released at start, with commentary, KPI charts and the milestones of its period) comes from
 * the real code.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    private static final String OFFICE_MAIL = "strategiebuero@mitwirken.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(List.of(ReportingDesk.class), ReportingIT.class);
    }

    @Inject
    ProgressReports reports;

    @Inject
    ReportingDesk desk;

    @Resource(lookup = "jdbc/portal")
    DataSource app;

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;

    @Test
    void theDemoReportIsReleasedInGermanAndEnglishWithCommentaryChartsAndMilestones() throws Exception {
        ReportSummary demo = reports.releasedReports().stream()
                .filter(r -> r.from().equals(LocalDate.of(2026, 9, 1)) && r.version() == 1).findFirst().orElseThrow();
        assertTrue(demo.english(), "generated since V25: German and English");
        ReportFile pdf = reports.pdf(demo.id(), Language.DE).orElseThrow();
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.bytes())), pdf.sha256());
        assertEquals(demo.pdfSha256(), pdf.sha256(), "the stored PDF, byte for byte");

        ReportDocument german = reports.report(demo.id(), Language.DE).orElseThrow();
        assertEquals("de", german.languageTag());
        assertTrue(german.html().contains("Empfehlungen des Digitalisierungsbeirats"));
        assertTrue(german.html().contains("<h2>Einordnung durch das Strategiebüro</h2>"), "the overall commentary");
        assertTrue(german.html().contains("Der Herbst 2026 stand im Zeichen des Bürgeramts"));
        assertTrue(german.html().contains("id=\"commentary-mobility\""), "a commentary per strategy field");
        assertFalse(german.html().contains("<!--commentary:"), "no mark is left in a released report");
        assertTrue(german.html().contains("<img src=\"data:image/png;base64,") && german.html().contains("alt=\"Liniendiagramm der Kennzahl"),
                "KPI charts with a text alternative");
        assertTrue(german.html().contains("<caption>Im Berichtszeitraum erreichte Meilensteine</caption>"));
        assertTrue(german.html().contains("Online-Formular mit Bezahlung für Urkundenbestellungen"), "reached on 29 Sep 2026");

        ReportDocument english = reports.report(demo.id(), Language.EN).orElseThrow();
        assertEquals("en", english.languageTag());
        assertTrue(english.title().startsWith("Digitalisation strategy progress report"), english.title());
        assertTrue(english.html().startsWith("<article class=\"progress-report\" lang=\"en\">"));
        assertTrue(english.html().contains("Autumn 2026 was about the citizen office"), "English commentary where written");
        assertTrue(english.html().contains("This commentary exists in German only.</p>\n<div lang=\"de\">"),
                "the German commentary with a note where no English one was written");
        assertTrue(english.html().contains("Milestones reached in the reporting period"));
        ReportFile englishPdf = reports.pdf(demo.id(), Language.EN).orElseThrow();
        assertTrue(englishPdf.fileName().endsWith("-en.pdf"));
        try (PDDocument document = Loader.loadPDF(englishPdf.bytes())) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        }
    }

    @Test
    void aDraftIsReleasedOnlyWithGermanCommentaryThenItAndItsCommentaryAreFinal() throws Exception {
        long id = desk.generate(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        assertTrue(reports.report(id, Language.DE).isEmpty(), "a draft is not public");
        try (Connection c = app.getConnection(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT pdf IS NULL, title_en, html LIKE '%<!--commentary:OVERALL-->%'"
                     + " FROM progress_report WHERE id = " + id)) {
            rs.next();
            assertTrue(rs.getBoolean(1), "a draft has no PDF yet");
            assertTrue(rs.getString(2).startsWith("Digitalisation strategy progress report"), "and an English text");
            assertTrue(rs.getBoolean(3), "with the mark for the commentary");
        }
        assertTrue(desk.refusesRelease(id), "no commentary yet");

        Map<String, String> texts = new HashMap<>();
        CommentarySection.inOrder().forEach(s -> texts.put(ProgressReport.slot(Language.DE, s), "Kommentar " + s));
        texts.remove("de.SOCIETY");
        texts.put("en.OVERALL", "Commentary in English");
        assertEquals(Map.of("SOCIETY", "reporting.error.commentary.missing"), desk.write(id, texts),
                "German commentary on every field is required, English is not");
        assertTrue(desk.refusesRelease(id));
        assertEquals(Map.of(), desk.write(id, Map.of("de.SOCIETY", "Gesellschaft: <b>nichts</b> Neues")));
        desk.release(id);

        ReportDocument german = reports.report(id, Language.DE).orElseThrow();
        assertTrue(german.html().contains("Gesellschaft: &lt;b&gt;nichts&lt;/b&gt; Neues"), "commentary is escaped text");
        assertTrue(reports.report(id, Language.EN).orElseThrow().html().contains("<p>Commentary in English</p>"));
        assertEquals(german.pdfSha256(), reports.pdf(id, Language.DE).orElseThrow().sha256());
        try (Connection c = app.getConnection(); Statement sql = c.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report_commentary SET body = 'forged'"
                    + " WHERE report_id = " + id), "released commentary is final");
            assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO progress_report_commentary (report_id, slot, body)"
                    + " VALUES (" + id + ", 'en.MOBILITY', 'late')"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM progress_report_commentary WHERE report_id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET html_en = '<p>x</p>' WHERE id = " + id));
            try (ResultSet rs = sql.executeQuery("SELECT action FROM audit_entry WHERE object_type = 'progress-report'"
                    + " AND object_id = '" + id + "' ORDER BY id")) {
                List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                assertEquals(List.of("reporting.report.generate", "reporting.report.commentary", "reporting.report.commentary",
                        "reporting.report.release"), actions, "every step audited");
            }
        }
    }

    @Test
    void noAccountChangesWhatAReportIsOrChangesOrDeletesAReleasedOne() throws Exception {
        long id = insertUnreleased();
        for (DataSource source : List.of(app, owner)) {
            try (Connection c = source.getConnection(); Statement sql = c.createStatement()) {
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET report_version = 9 WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET period_to = '2020-03-30' WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET generated_by = 'x' WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM progress_report WHERE id = " + id));
            }
        }
        try (Connection c = app.getConnection(); Statement sql = c.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET released_at = NOW(6),"
                    + " released_by = 'it', pdf = NULL, pdf_sha256 = NULL WHERE id = " + id), "no release without a PDF");
            assertEquals(1, sql.executeUpdate("UPDATE progress_report SET released_at = NOW(6), released_by = 'it' WHERE id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET released_by = 'someone else' WHERE id = " + id),
                    "a released report is final");
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET html = '<p>forged</p>' WHERE id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE progress_report SET pdf = 'forged' WHERE id = " + id));
            try (ResultSet rs = sql.executeQuery("SELECT html, released_by FROM progress_report WHERE id = " + id)) {
                rs.next();
                assertEquals("<article lang=\"de\"><p>unverändert</p></article>", rs.getString(1));
                assertEquals("it", rs.getString(2));
            }
        }
    }

    @Test
    void thePublicReadsReleasedReportsOnlyAndOnlyTheOfficeWorksOnThem() throws Exception {
        long id = insertUnreleased();
        assertTrue(reports.pdf(id, Language.DE).isEmpty(), "no PDF of an unreleased report for the public");
        assertTrue(reports.report(id, Language.EN).isEmpty(), "no page of an unreleased report for the public");
        assertTrue(reports.releasedReports().stream().noneMatch(r -> r.id() == id));
        assertThrows(EJBAccessException.class, () -> reports.releaseReport(id, 0));
        assertThrows(EJBAccessException.class, () -> reports.openDraft(id));
        assertThrows(EJBAccessException.class, () -> reports.writeCommentary(id, 0, Map.of("de.OVERALL", "x")));
        assertThrows(EJBAccessException.class, () -> reports.schedule());
        assertThrows(EJBAccessException.class, () -> reports.scheduleReports(-1, true, 6, 6, LocalDate.now()));
        assertThrows(EJBAccessException.class, () -> reports.generateReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aDueScheduleGeneratesTheDraftOverThePeriodBeforeAndTellsTheOffice() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate from = today.minusMonths(2);
        LocalDate to = today.minusDays(1);
        long mailsBefore = count("SELECT COUNT(*) FROM outbox_mail WHERE recipient = '" + OFFICE_MAIL + "'");
        String runAudit = "SELECT COUNT(*) FROM audit_entry WHERE action = 'reporting.schedule.run'";
        long runsBefore = count(runAudit);
        long draftsBefore = count("SELECT COUNT(*) FROM progress_report WHERE period_from = '" + from + "' AND period_to = '" + to + "'");
        try (Connection c = app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO report_schedule (id, active, interval_months, period_months, next_run, changed_at, changed_by)"
                        + " VALUES (1, TRUE, 6, 2, ?, NOW(6), 'it') ON DUPLICATE KEY UPDATE active = TRUE, interval_months = 6,"
                        + " period_months = 2, next_run = VALUES(next_run), lock_version = lock_version + 1")) {
            ps.setObject(1, today);
            ps.executeUpdate();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("SELECT COUNT(*) FROM report_schedule WHERE next_run > '" + today + "'") == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM report_schedule WHERE next_run = '" + today.plusMonths(6) + "'"
                + " AND last_run = '" + today + "' AND last_report_id IS NOT NULL"), "ran once, the next run in six months");
        assertEquals(draftsBefore + 1, count("SELECT COUNT(*) FROM progress_report WHERE period_from = '" + from
                + "' AND period_to = '" + to + "' AND released_at IS NULL AND generated_by = 'system'"), "one draft, not public");
        assertEquals(mailsBefore + 1, count("SELECT COUNT(*) FROM outbox_mail WHERE recipient = '" + OFFICE_MAIL
                + "' AND subject LIKE 'Berichtsentwurf zur Prüfung%'"), "the office is told");
        assertEquals(runsBefore + 1, count(runAudit), "the run is audited (the browser test may have run one today too)");
        try (Connection c = app.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("UPDATE report_schedule SET active = FALSE WHERE id = 1"); // leave no schedule running
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = app.getConnection(); Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A report row written directly (test data): a period no demo or browser test uses, a version of its own. */
    private long insertUnreleased() throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO progress_report (period_from, period_to, report_version, language, title, generated_at,"
                        + " generated_by, html, pdf, pdf_sha256) SELECT '2020-01-01', '2020-03-31', COALESCE(MAX(report_version), 0) + 1,"
                        + " 'de', 'Testbericht', NOW(6), 'it', ?, ?, REPEAT('0', 64) FROM progress_report"
                        + " WHERE period_from = '2020-01-01' AND period_to = '2020-03-31'", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "<article lang=\"de\"><p>unverändert</p></article>");
            ps.setBytes(2, "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
