package de.mitwirken.reporting.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.platform.control.TaggedPdf;

/**
 * Prints a report's HTML fragment as a tagged PDF (PDF/UA) with the platform's {@link TaggedPdf}, so the PDF has
 * the same content as the page: this class adds the report's page frame (title as h1, page numbers, styles).
 * The builder refuses any resource but the KPI charts embedded in the document as PNG data URIs; each image's
 * {@code alt} becomes its /Alt in the structure tree.
 */
public final class ReportPdf {

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

    private ReportPdf() {
    }

    /** The whole document (title as h1 and as document title, language) around the fragment, as XHTML. */
    public static String document(String title, String languageTag, String fragment) {
        return TaggedPdf.head(languageTag, title, CSS, fragment.length() + 4096).append("<body>\n<h1>")
                .append(escapeHtml(title)).append("</h1>\n").append(fragment).append("</body>\n</html>\n").toString();
    }

    public static byte[] render(String title, String languageTag, String fragment) {
        return TaggedPdf.print(document(title, languageTag, fragment), "report", ReportPdf::embedded);
    }

    /** Only the charts ReportHtml embeds (PNG data URIs) pass: they are in the document, nothing is fetched. */
    private static boolean embedded(String uri) {
        return uri != null && uri.startsWith("data:image/png;base64,");
    }
}
