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
import de.mitwirken.reporting.control.ReportContent.RecommendationLine;
import de.mitwirken.reporting.control.ReportContent.ClusterLine;
import de.mitwirken.reporting.control.ReportContent.Decision;
import de.mitwirken.reporting.control.ReportContent.FieldSection;
import de.mitwirken.reporting.control.ReportContent.ItemChange;
import de.mitwirken.reporting.control.ReportContent.KpiMovement;
import de.mitwirken.reporting.control.ReportContent.Movement;
import de.mitwirken.reporting.control.ReportContent.NeedLine;
import de.mitwirken.reporting.control.ReportContent.OpenDivergence;
import de.mitwirken.reporting.control.ReportContent.KpiPoint;
import de.mitwirken.reporting.control.ReportContent.MilestoneLine;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.entity.CommentarySection;
import de.mitwirken.strategy.StrategyField;
import java.util.Optional;
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
                        KpiStatus.AT_RISK, KpiStatus.ON_TRACK, List.of(new KpiPoint(LocalDate.of(2026, 6, 30), 21.5),
                        new KpiPoint(LocalDate.of(2026, 8, 31), 18.25), new KpiPoint(LocalDate.of(2026, 10, 31), 14.0)))),
                List.of(new RecommendationLine(1, "Freie Termine online freigeben", Addressee.ADMINISTRATION,
                        LocalDate.of(2026, 9, 18), 8, 0, 1, RecommendationStatus.UNDER_CONSIDERATION,
                        "Amt für Bürgerdienste", true)),
                List.of(new Decision(1, "Bürgeramt 2030", "Mobiles Bürgeramt", DecidingBody.COUNCIL, LocalDate.of(2026, 11, 12),
                        "Alle sechs Standorte bleiben.", "V/0412/2026", null),
                        new Decision(4, "Open Data", "Datenschutz", DecidingBody.COMMITTEE, LocalDate.of(2026, 11, 20),
                                "Offene Daten ohne Personenbezug.", "V/0328/2023", new ReportContent.CouncilDecision(
                                "V/0328/2023", "Digitale <Beteiligung>", "https://rat.example/vo/328", true,
                                List.of(new ReportContent.CouncilConsultation("Ausschuss für Digitalisierung",
                                        LocalDate.of(2026, 11, 20), "einstimmig beschlossen"))))),
                List.of(new OpenDivergence(2, "Sensorik-Leitlinie", "Echtzeitdaten Parken", LocalDate.of(2026, 11, 13)),
                        new OpenDivergence(3, "Schulanmeldung", ReportSources.INTERNAL_ITEM, LocalDate.of(2026, 11, 14))),
                List.of(new MilestoneLine(1, "E-Akte", "Pilot im Bürgeramt", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))),
                List.of(new MilestoneLine(2, "Mobiles Bürgeramt", "Ausschreibung", LocalDate.of(2026, 9, 30), null)));
    }

    private static Optional<String> german(CommentarySection section) {
        return Optional.of(section == CommentarySection.OVERALL ? "Gut <b>voran</b>.\n\nZweiter Absatz." : "Zu " + section);
    }

    @Test
    void commentaryGoesToItsMarksEscapedAndEnglishFallsBackToGermanWithANote() throws Exception {
        String de = ReportHtml.render(content(), 1, Language.DE);
        assertTrue(de.contains("<!--commentary:OVERALL-->") && de.contains("<!--commentary:MOBILITY-->"));
        String filled = ReportHtml.withCommentary(de, Language.DE, ReportRenderingTest::german, ReportRenderingTest::german);
        assertFalse(filled.contains("<!--commentary:"));
        assertTrue(filled.contains("<h2>Einordnung durch das Strategiebüro</h2>\n<p>Gut &lt;b&gt;voran&lt;/b&gt;.</p>\n<p>Zweiter Absatz.</p>"));
        assertTrue(filled.contains("<div class=\"report-commentary\" id=\"commentary-mobility\">"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                filled.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        String en = ReportHtml.render(content(), 1, Language.EN);
        assertTrue(en.startsWith("<article class=\"progress-report\" lang=\"en\">"));
        assertTrue(en.contains("Key figures of the success factors") && en.contains("21.5 Tage"), "English texts and numbers");
        String english = ReportHtml.withCommentary(en, Language.EN,
                s -> s == CommentarySection.OVERALL ? Optional.of("Good progress.") : Optional.empty(), ReportRenderingTest::german);
        assertTrue(english.contains("<p>Good progress.</p>"));
        assertTrue(english.contains("This commentary exists in German only.</p>\n<div lang=\"de\">\n<p>Zu MOBILITY</p>"));
        String draft = ReportHtml.withCommentary(de, Language.DE, s -> Optional.empty(), s -> Optional.empty());
        assertTrue(draft.contains("Der Kommentar fehlt noch (Entwurf)."));
    }

    @Test
    void kpisHaveAChartWithATextAlternativeAndTheirValuesInATableAndMilestonesAreListed() throws Exception {
        String html = ReportHtml.render(content(), 1);
        assertTrue(html.contains("<img src=\"data:image/png;base64,"));
        assertTrue(html.contains("alt=\"Liniendiagramm der Kennzahl Wartezeit Bürgeramt: 3 Messwerte vom 30.06.2026 bis 31.10.2026, zuletzt 14 Tage."));
        assertTrue(html.contains("<caption>Messwerte – Wartezeit Bürgeramt</caption>"));
        assertTrue(html.contains("<tr><th scope=\"row\">31.08.2026</th><td>18,25 Tage</td></tr>"));
        assertTrue(html.contains("<caption>Im Berichtszeitraum erreichte Meilensteine</caption>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Pilot im Bürgeramt</th><td>E-Akte</td><td>01.10.2026</td><td>07.10.2026</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Ausschreibung</th><td>Mobiles Bürgeramt</td><td>30.09.2026</td></tr>"));
        byte[] png = ReportChart.png(content().kpis().get(0).points());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ReportChart.WIDTH, image.getWidth());
        assertEquals(ReportChart.HEIGHT, image.getHeight());
        ReportChart.png(List.of(new KpiPoint(LocalDate.of(2026, 1, 1), 3)));
    }

    @Test
    void theEnglishPdfIsTaggedInEnglishAndTheChartIsAnImageWithItsAlternative() throws Exception {
        String title = ReportHtml.title(Language.EN, PERIOD.from(), PERIOD.to());
        String html = ReportHtml.withCommentary(ReportHtml.render(content(), 1, Language.EN), Language.EN,
                s -> Optional.of("Comment " + s), ReportRenderingTest::german);
        byte[] pdf = ReportPdf.render(title, "en", html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertEquals(title, document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("The strategy office's assessment"), text);
            assertTrue(text.contains("Comment MOBILITY"));
            assertTrue(text.contains("Milestones reached in the reporting period"));
            boolean image = false;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    image |= page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                }
            }
            assertTrue(image, "the chart is an image in the PDF");
            assertTrue(figureAlts(document.getDocumentCatalog().getStructureTreeRoot().getKids()).stream()
                    .anyMatch(alt -> alt.startsWith("Line chart of the key figure Wartezeit Bürgeramt")), "the image's /Alt");
        }
    }

    private static List<String> figureAlts(List<Object> kids) {
        List<String> alts = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if (element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                alts.addAll(figureAlts(element.getKids()));
            }
        }
        return alts;
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
        assertTrue(html.contains("<a href=\"https://rat.example/vo/328\">V/0328/2023 – Digitale &lt;Beteiligung&gt;</a>"),
                "a linked council paper links the council's page");
        assertTrue(html.contains("beraten im Ausschuss für Digitalisierung am 20.11.2026, Ergebnis: einstimmig beschlossen"));
        assertTrue(html.contains("(im Ratsinformationssystem inzwischen gelöscht)"), "a deleted paper stays, with a note");
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
