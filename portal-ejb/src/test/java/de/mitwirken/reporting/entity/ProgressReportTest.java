package de.mitwirken.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A draft knows whether it may be released: German commentary overall and per strategy field; then it is final. */
class ProgressReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    static ProgressReport draft() {
        return new ProgressReport(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)), 2,
                new ProgressReport.Text("Bericht", "<article lang=\"de\">x</article>"),
                new ProgressReport.Text("Report", "<article lang=\"en\">x</article>"), "office", NOW);
    }

    static Map<String, String> germanComplete() {
        Map<String, String> texts = new HashMap<>();
        CommentarySection.inOrder().forEach(s -> texts.put(ProgressReport.slot(Language.DE, s), "Kommentar " + s));
        return texts;
    }

    @Test
    void aDraftIsReleasedOnlyWithGermanCommentaryEverywhere() {
        ProgressReport report = draft();
        assertFalse(report.isReleased());
        assertFalse(report.mayRelease());
        assertEquals(CommentarySection.inOrder().size(), report.releaseProblems().size(), "overall and the five fields");
        Map<String, String> almost = germanComplete();
        almost.put("de.MOBILITY", "   ");
        report.writeCommentary(almost, "office", NOW);
        assertEquals(Map.of(CommentarySection.MOBILITY, "reporting.error.commentary.missing"), report.releaseProblems(),
                "blank is missing");
        ProgressReport.Document doc = new ProgressReport.Document("<article>y</article>", new byte[] {'%', 'P'});
        assertThrows(IllegalStateException.class, () -> report.release("office", NOW, doc, doc));
        report.writeCommentary(Map.of("de.MOBILITY", "Parken"), "office", NOW);
        assertTrue(report.mayRelease(), "English is optional");
        report.release("office", NOW, doc, doc);
        assertTrue(report.isReleased());
        assertEquals(ProgressReport.sha256(new byte[] {'%', 'P'}), report.pdfSha256());
        assertEquals(report.pdfSha256(), report.pdfSha256(Language.EN));
        assertThrows(IllegalStateException.class, () -> report.writeCommentary(Map.of("de.OVERALL", "neu"), "o", NOW),
                "a released report's commentary is final");
        assertThrows(IllegalStateException.class, () -> report.release("other", NOW, doc, doc));
    }

    @Test
    void commentaryIsStrippedTooLongOrUnknownSlotsAreRefusedAndChangesAreReported() {
        ProgressReport report = draft();
        assertEquals(Map.of("de.OVERALL", "Text"), report.writeCommentary(Map.of("de.OVERALL", "  Text \n"), "o", NOW));
        assertEquals(Map.of(), report.writeCommentary(Map.of("de.OVERALL", "Text"), "o", NOW), "nothing changed");
        assertEquals("Text", report.commentary(Language.DE, CommentarySection.OVERALL).orElseThrow());
        assertTrue(ProgressReport.commentaryProblem("x".repeat(ProgressReport.COMMENTARY_MAX + 1)).isPresent());
        assertThrows(IllegalArgumentException.class, () -> report.writeCommentary(Map.of("fr.OVERALL", "x"), "o", NOW));
        assertThrows(IllegalArgumentException.class, () -> report.writeCommentary(Map.of("de.NOPE", "x"), "o", NOW));
        assertThrows(IllegalArgumentException.class, () -> report.writeCommentary(
                Map.of("de.OVERALL", "x".repeat(ProgressReport.COMMENTARY_MAX + 1)), "o", NOW));
        assertEquals("o", report.commentaryBy());
    }

    @Test
    void theEnglishVersionIsShownWhereItExists() {
        ProgressReport report = draft();
        assertTrue(report.hasEnglish());
        assertEquals(Language.EN, report.shownIn(Language.EN));
        assertEquals("Report", report.title(Language.EN));
        assertEquals("progress-report-2026-09-01-to-2026-09-30-v2-en.pdf", report.fileName(Language.EN));
        assertEquals("umsetzungsbericht-2026-09-01-bis-2026-09-30-v2.pdf", report.fileName(Language.DE));
        assertEquals(List.of(CommentarySection.values()), CommentarySection.inOrder());
    }
}
