package de.mitwirken.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.needs.entity.StrategyField;
import de.mitwirken.reporting.control.ReportContent.RecommendationLine;
import de.mitwirken.reporting.control.ReportContent.ClusterLine;
import de.mitwirken.reporting.control.ReportContent.Decision;
import de.mitwirken.reporting.control.ReportContent.FieldSection;
import de.mitwirken.reporting.control.ReportContent.ItemChange;
import de.mitwirken.reporting.control.ReportContent.KpiMovement;
import de.mitwirken.reporting.control.ReportContent.Movement;
import de.mitwirken.reporting.control.ReportContent.NeedLine;
import de.mitwirken.reporting.control.ReportContent.OpenDivergence;
import de.mitwirken.reporting.entity.ReportPeriod;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 15));

    private static ReportContent content() {
        Map<StrategyField, FieldSection> fields = new EnumMap<>(StrategyField.class);
        fields.put(StrategyField.ADMINISTRATION, new FieldSection(
                List.of(new ItemChange(1, "E-Akte <script>alert(1)</script> & mehr", ItemStatus.PRIORITISED,
                        ItemStatus.IN_PROGRESS, LocalDate.of(2026, 9, 29))),
                12, List.of(new NeedLine(5, "Mehr Online-Termine im Bürgeramt", 1234)),
                List.of(new ClusterLine(1, "Online-Termine im Bürgeramt", 7))));
        return new ReportContent(PERIOD, Instant.parse("2026-11-28T10:00:00Z"), fields,
                List.of(new KpiMovement(1, "Wartezeit Bürgeramt", "Tage", SuccessFactor.BALANCE, KpiDirection.LOWER_IS_BETTER,
                        21.5, LocalDate.of(2026, 6, 30), 14.0, LocalDate.of(2026, 10, 31), Movement.IMPROVED,
                        KpiStatus.AT_RISK, KpiStatus.ON_TRACK)),
                List.of(new RecommendationLine(1, "Freie Termine online freigeben", Addressee.ADMINISTRATION,
                        LocalDate.of(2026, 9, 18), 8, 0, 1, RecommendationStatus.UNDER_CONSIDERATION,
                        "Amt für Bürgerdienste", true)),
                List.of(new Decision(1, "Bürgeramt 2030", "Mobiles Bürgeramt", DecidingBody.COUNCIL, LocalDate.of(2026, 11, 12),
                        "Alle sechs Standorte bleiben.", "V/0412/2026")),
                List.of(new OpenDivergence(2, "Sensorik-Leitlinie", "Echtzeitdaten Parken", LocalDate.of(2026, 11, 13)),
                        new OpenDivergence(3, "Schulanmeldung", ReportSources.INTERNAL_ITEM, LocalDate.of(2026, 11, 14))));
    }

    @Test
    void theFragmentIsWellFormedEscapedAndHasNoH1() throws Exception {
        String html = ReportHtml.render(content(), 3);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(html.contains("<script>"), "data is escaped");
        assertTrue(html.contains("E-Akte &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr"));
        assertFalse(html.contains("<h1"));
        assertTrue(html.startsWith("<article class=\"progress-report\" lang=\"de\">"));
        assertTrue(html.contains("Version 3"));
        assertTrue(html.contains("<caption>Vorhaben mit Statusänderung – Verwaltung</caption>"));
        assertTrue(html.contains("<th scope=\"col\">Status zu Beginn</th>"));
        assertTrue(html.contains("Neue veröffentlichte Anliegen: 12"));
        assertTrue(html.contains("1.234"), "numbers in German");
        assertTrue(html.contains("21,5 Tage"));
        assertTrue(html.contains("(niedriger ist besser)"));
        assertTrue(html.contains("Gelb: gefährdet") && html.contains("Grün: im Plan"), "traffic lights in words, not colour only");
        assertTrue(html.contains("<caption>Empfehlungen des Digitalisierungsbeirats und ihr Stand</caption>"));
        assertTrue(html.contains("18.09.2026: 8 Ja, 0 Nein, 1 Enthaltungen"));
        assertTrue(html.contains("in Beratung (Amt für Bürgerdienste)"));
        assertTrue(html.contains("V/0412/2026"));
        assertTrue(html.contains("Sensorik-Leitlinie ↔ Echtzeitdaten Parken"));
        assertTrue(html.contains("Schulanmeldung ↔ ein noch nicht veröffentlichtes Vorhaben"), "drafts stay internal");
        assertTrue(html.contains("In diesem Handlungsfeld gab es im Berichtszeitraum keine"), "quiet fields say so");
    }

    @Test
    void anEmptyPeriodStillMakesACompleteReport() {
        ReportContent empty = new ReportContent(PERIOD, Instant.parse("2026-11-28T10:00:00Z"), Map.of(), List.of(),
                List.of(), List.of(), List.of());
        String html = ReportHtml.render(empty, 1);
        assertTrue(html.contains("Es sind noch keine Kennzahlen festgelegt."));
        assertTrue(html.contains("Im Berichtszeitraum wurde kein Zielkonflikt entschieden."));
        assertTrue(html.contains("Am Ende des Berichtszeitraums war kein Zielkonflikt offen."));
        assertTrue(html.contains("über keine Empfehlung abgestimmt"));
        assertFalse(html.contains("<table"));
    }

    @Test
    void thePdfIsTaggedHasTitleAndLanguageEmbedsItsFontsAndSaysTheSame() throws Exception {
        String title = ReportHtml.title(ReportHtml.LANGUAGE, PERIOD.from(), PERIOD.to());
        assertEquals("Umsetzungsbericht Digitalisierungsstrategie 01.09.2026 bis 15.11.2026", title);
        byte[] pdf = ReportPdf.render(title, "de", ReportHtml.render(content(), 1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(title, document.getDocumentInformation().getTitle());
            assertEquals("de", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
            assertFalse(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("ZapfDingbats"),
                    "no standard font (PDF/UA wants every font embedded): list markers are text");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("E-Akte <script>alert(1)</script> & mehr"), text);
            assertTrue(text.contains("Wartezeit Bürgeramt"));
            assertTrue(text.contains("Empfehlungen des Digitalisierungsbeirats"));
            assertTrue(text.contains("Verwaltung"));
            assertTrue(text.contains("V/0412/2026"), "a council document number is not broken across lines");
        }
    }
}
