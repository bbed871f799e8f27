package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class TaggedPdfTest {

    private static final String CSS = "body { font-family: 'DejaVu Sans'; }\n";

    @Test
    void theHeadCarriesLanguageAndTheEscapedTitle() {
        String head = TaggedPdf.head("en", "A & <B>", CSS, 256).toString();
        assertTrue(head.contains("lang=\"en\" xml:lang=\"en\""), head);
        assertTrue(head.contains("<title>A &amp; &lt;B&gt;</title>"), head);
        assertTrue(head.contains("<meta name=\"subject\" content=\"A &amp; &lt;B&gt;\"/>"), head);
        assertTrue(head.endsWith("</style>\n</head>\n"), head);
    }

    @Test
    void aDocumentIsTaggedWithTitleLanguageAndEmbeddedFonts() throws Exception {
        String xhtml = TaggedPdf.head("de", "Bericht", CSS, 512)
                .append("<body>\n<h1>Bericht</h1>\n<p><b>Grüße</b> aus dem Rathaus</p>\n</body>\n</html>\n").toString();
        try (PDDocument document = Loader.loadPDF(TaggedPdf.print(xhtml, "test"))) {
            assertEquals("Bericht", document.getDocumentInformation().getTitle());
            assertEquals("de", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded (PDF/UA)");
            }
        }
    }

    @Test
    void onlyTheResourcesTheCallerAcceptsAreAskedFor() {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        String xhtml = TaggedPdf.head("de", "Bild", CSS, 512).append("<body>\n<img src=\"").append(png)
                .append("\" alt=\"x\"/><img src=\"http://example.org/a.png\" alt=\"y\"/>\n</body>\n</html>\n").toString();
        AtomicInteger external = new AtomicInteger();
        TaggedPdf.print(xhtml, "test", uri -> {
            if (uri.startsWith("http")) {
                external.incrementAndGet();
                return false;
            }
            return true;
        });
        assertTrue(external.get() > 0, "the caller decides about the external image");
    }
}
