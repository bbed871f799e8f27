package de.mitwirken.conference.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.platform.control.TaggedPdf;
import java.util.List;
import java.util.Objects;

/**
 * A certificate of attendance as a tagged PDF, one A4 page, printed by {@link TaggedPdf}. ReportPdf's page frame
 * (title as h1, page numbers, report styles) does not fit a certificate, hence a document of its own.
 */
public final class CertificatePdf {

    /** All texts already in the certificate's language; optional ones (dates … footer) may be null. */
    public record Certificate(String language, String heading, String attendeeName, String conferenceTitle,
                              String dates, String venue, String attendedLabel, List<String> sessions,
                              String issuedLine, String footer) {
        public Certificate {
            if (language == null || !language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("language must be a two-letter code: " + language);
            }
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(attendeeName, "attendeeName");
            Objects.requireNonNull(conferenceTitle, "conferenceTitle");
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }

        public String title() {
            return heading + " – " + attendeeName;
        }
    }

    private static final String CSS = """
            @page { size: A4; margin: 35mm 25mm 22mm 25mm; }
            body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.4; color: #1a1a1a; text-align: center; }
            h1 { font-size: 24pt; margin: 0 0 16mm 0; font-weight: bold; }
            .name { font-size: 20pt; font-weight: bold; margin: 0 0 6mm 0; }
            .conference { font-size: 15pt; font-weight: bold; margin: 4mm 0 2mm 0; }
            .meta { margin: 0; color: #333333; }
            ul { list-style-type: none; padding: 0; margin: 10mm 0 0 0; }
            ul.many { font-size: 9pt; line-height: 1.25; }
            ul.most { font-size: 7pt; line-height: 1.1; margin-top: 5mm; }
            .most-page h1 { margin-bottom: 8mm; }
            .most-page .issued { margin-top: 8mm; }
            .most-page .footer { margin-top: 6mm; }
            li { margin: 0 0 1.5mm 0; }
            ul.most li { margin: 0 0 0.8mm 0; }
            .issued { margin: 14mm 0 0 0; }
            .footer { margin: 12mm 0 0 0; font-size: 8.5pt; color: #333333; }
            """;
    // longer lists of sessions are set smaller, so that up to about 40 sessions still fit on the one page
    private static final int MANY_SESSIONS = 12;
    private static final int MOST_SESSIONS = 18;

    private CertificatePdf() {
    }

    public static byte[] render(Certificate c) {
        return TaggedPdf.print(xhtml(c), "certificate");
    }

    static String xhtml(Certificate c) {
        StringBuilder html = TaggedPdf.head(c.language(), c.title(), CSS, 2048).append("<body")
                .append(c.sessions().size() > MOST_SESSIONS ? " class=\"most-page\"" : "").append(">\n<h1>").append(escapeHtml(c.heading())).append("</h1>\n");
        paragraph(html, "name", c.attendeeName());
        paragraph(html, "meta", c.attendedLabel());
        paragraph(html, "conference", c.conferenceTitle());
        paragraph(html, "meta", c.dates());
        paragraph(html, "meta", c.venue());
        if (!c.sessions().isEmpty()) {
            int count = c.sessions().size();
            html.append(count > MOST_SESSIONS ? "<ul class=\"most\">\n" : count > MANY_SESSIONS ? "<ul class=\"many\">\n" : "<ul>\n");
            for (String session : c.sessions()) {
                html.append("<li>").append(escapeHtml(session)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        paragraph(html, "issued", c.issuedLine());
        paragraph(html, "footer", c.footer());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder html, String cssClass, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p class=\"").append(cssClass).append("\">").append(escapeHtml(text)).append("</p>\n");
        }
    }
}
