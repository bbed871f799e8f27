package de.mitwirken.reporting.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.mitwirken.platform.boundary.Markup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints a report's HTML fragment as a tagged PDF (PDF/UA: structure tags, document title shown in the
 * title bar, language, embedded fonts) with openhtmltopdf, so the PDF has the same content as the page.
 * Fonts: DejaVu Sans (regular and bold) shipped with the application, licence in {@code fonts/LICENSE-DejaVu.txt};
 * PDF/UA forbids the unembedded standard fonts. Nothing is loaded from outside: the document has no external
 * resources, and the builder refuses any but the KPI charts embedded in the document as PNG data URIs; each image's
 * {@code alt} becomes its /Alt in the structure tree.
 */
public final class ReportPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/de/mitwirken/reporting/fonts/";
    private static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 20mm 18mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #1a1a1a; }
            h1 { font-size: 17pt; margin: 0 0 8pt 0; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #7a7a7a; }
            h3 { font-size: 11pt; margin: 12pt 0 4pt 0; }
            h4 { font-size: 10pt; margin: 8pt 0 3pt 0; }
            table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 1px solid #9a9a9a; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            thead th { background: #e6e6e6; }
            tbody th { font-weight: normal; }
            tr { page-break-inside: avoid; }
            ul { list-style-type: none; padding-left: 0; }
            li { padding-left: 1em; text-indent: -1em; }
            li::before { content: "– "; }
            figure { margin: 6pt 0 2pt 0; page-break-inside: avoid; }
            figure img { width: 150mm; height: auto; }
            figcaption { font-size: 8pt; color: #333333; }
            .report-commentary { border-left: 3px solid #0b3d6b; padding-left: 6pt; margin: 4pt 0 8pt 0; }
            .report-meta { color: #333333; }
            .report-hint { font-size: 8pt; color: #333333; }
            .report-light { font-weight: bold; }
            .report-nowrap { white-space: nowrap; }
            """;

    static {
        de.mitwirken.platform.boundary.PdfLog.install();
    }

    private ReportPdf() {
    }

    /** The whole document (title as h1 and as document title, language) around the fragment, as XHTML. */
    public static String document(String title, String languageTag, String fragment) {
        String escapedTitle = Markup.escapeHtml(title);
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + languageTag + "\" xml:lang=\""
                + languageTag + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + escapedTitle + "</title>\n"
                + "<meta name=\"subject\" content=\"" + escapedTitle + "\"/>\n<meta name=\"author\" content=\"Mitwirken\"/>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escapedTitle + "</h1>\n" + fragment + "</body>\n</html>\n";
    }

    public static byte[] render(String title, String languageTag, String fragment) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> embedded(uri),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> embedded(uri),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Mitwirken");
            builder.withHtmlContent(document(title, languageTag, fragment), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the report as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** Only the charts ReportHtml embeds (PNG data URIs) pass: they are in the document, nothing is fetched. */
    private static boolean embedded(String uri) {
        return uri != null && uri.startsWith("data:image/png;base64,");
    }

    private static InputStream font(String file) {
        InputStream stream = ReportPdf.class.getResourceAsStream(FONTS + file);
        if (stream == null) {
            throw new IllegalStateException("font missing from the application: " + file);
        }
        return stream;
    }
}
