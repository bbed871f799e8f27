package de.mitwirken.conference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.control.CertificatePdf.Certificate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static Certificate certificate(String name, List<String> sessions) {
        return new Certificate("de", "Teilnahmebescheinigung", name, "Smart City Konferenz 2026",
                "10. bis 11. Dezember 2026", "Rathaus, Großer Saal", "hat teilgenommen an der", sessions,
                "Ausgestellt am 12. Dezember 2026", "Stadt Musterstadt · Digitalisierung");
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theCertificateIsOneTaggedPageWithTitleLanguageAndItsTexts() throws Exception {
        byte[] pdf = CertificatePdf.render(certificate("Anna Müller",
                List.of("Offene Daten im Quartier", "Keynote: Die Stadt als Plattform")));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("ZapfDingbats"), "no unembedded list markers");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Teilnahmebescheinigung – Anna Müller", document.getDocumentInformation().getTitle());
            assertEquals("de", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded (PDF/UA)");
            }
            String text = text(document);
            assertTrue(text.contains("Anna Müller"), text);
            assertTrue(text.contains("Keynote: Die Stadt als Plattform"), text);
            assertTrue(text.contains("Smart City Konferenz 2026"), text);
            assertTrue(text.contains("Stadt Musterstadt · Digitalisierung"), text);
        }
    }

    @Test
    void markupInTextsIsPrintedLiterally() throws Exception {
        String name = "<b>&\"Bobby'</b>";
        Certificate certificate = certificate(name, List.of("Session <i>1</i> & \u0007more"));
        String xhtml = CertificatePdf.xhtml(certificate);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertFalse(xhtml.contains("<b>"));
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(certificate))) {
            String text = text(document);
            assertTrue(text.contains(name), text);
            assertTrue(text.contains("Session <i>1</i> & more"), text);
            assertEquals("Teilnahmebescheinigung – " + name, document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aFullProgrammeAndEnglishStillFitOnePage() throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sessions.add("Session " + i + ": Urban data platforms and what citizens gain from them");
        }
        Certificate english = new Certificate("en", "Certificate of attendance", "Anna Müller", "Smart City Conference",
                null, null, null, sessions, null, null);
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(english))) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(text(document).contains("Session 40:"));
        }
    }

    @Test
    void aLanguageMustBeACode() {
        assertThrows(IllegalArgumentException.class, () -> new Certificate("de\" onload=\"x", "h", "n", "c",
                null, null, null, List.of(), null, null));
    }
}
