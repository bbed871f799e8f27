package de.mitwirken.conference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.control.BadgesPdf.Badge;
import de.mitwirken.conference.control.BadgesPdf.Sheet;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class BadgesPdfTest {

    private static Sheet sheet(List<Badge> badges) {
        return new Sheet("de", "Namensschilder – Smart-City-Konferenz", "Smart-City-Konferenz Musterstadt 2027",
                "Keine bestätigten Anmeldungen.", badges);
    }

    private static List<Badge> people(int count) {
        List<Badge> badges = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            badges.add(new Badge("Person Nummer " + i, i % 2 == 0 ? null : "Organisation " + i, "Teilnahme"));
        }
        return badges;
    }

    @Test
    void eightBadgesFitOnAPageOfATaggedPdfWithEveryName() throws Exception {
        byte[] pdf = BadgesPdf.render(sheet(people(9)));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "8 on the first page, the ninth on the second");
            assertEquals("Namensschilder – Smart-City-Konferenz", document.getDocumentInformation().getTitle());
            assertEquals("de", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded (PDF/UA)");
            }
            // A4 in points; margins 15 mm left, 10 mm top; badges 90 mm × 69 mm, two per row, in order
            PDFTextStripperByArea areas = new PDFTextStripperByArea();
            double mm = 72 / 25.4;
            for (int i = 0; i < 8; i++) {
                areas.addRegion("b" + i, new Rectangle2D.Double((15 + (i % 2) * 90) * mm + 2, (10 + (i / 2) * 69) * mm + 2,
                        90 * mm - 4, 69 * mm - 4));
            }
            areas.extractRegions(document.getPage(0));
            for (int i = 0; i < 8; i++) {
                String badge = areas.getTextForRegion("b" + i).replaceAll("\\s+", " ").strip();
                String expected = "Smart-City-Konferenz Musterstadt 2027 Person Nummer " + (i + 1)
                        + (i % 2 == 0 ? " Organisation " + (i + 1) : "") + " Teilnahme";
                assertEquals(expected, badge, "badge " + (i + 1));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertFalse(stripper.getText(document).contains("Person Nummer 9"));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(second.contains("Person Nummer 9"), second);
        }
    }

    @Test
    void eightBadgesMakeExactlyOnePage() throws Exception {
        try (PDDocument document = Loader.loadPDF(BadgesPdf.render(sheet(people(8))))) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void markupInNamesIsEscapedAndPrintedLiterally() throws Exception {
        String name = "<b>&\"Bobby'</b> Tables\u0007";
        String html = BadgesPdf.xhtml(sheet(List.of(new Badge(name, "<script>x</script> & Co", "Presse"))));
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;b&gt;&amp;&quot;Bobby&#39;&lt;/b&gt; Tables"), html);
        // the document is well-formed XML, as openhtmltopdf requires
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        try (PDDocument document = Loader.loadPDF(BadgesPdf.render(sheet(List.of(new Badge(name, null, "Presse")))))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("<b>&\"Bobby'</b>Tables"), text);
        }
    }

    @Test
    void withoutBadgesTheDocumentSaysSo() throws Exception {
        try (PDDocument document = Loader.loadPDF(BadgesPdf.render(sheet(List.of())))) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Keine bestätigten Anmeldungen."));
        }
    }
}
