package de.mitwirken.conference.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.platform.control.TaggedPdf;
import java.util.List;
import java.util.Objects;

/**
 * Name badges as a tagged PDF (PDF/UA) like {@link CertificatePdf}: A4, two columns by four rows of badges per
 * page with dashed cut lines, the name large, the organisation and the kind of attendance below, the
 * conference's title small on top. Every text is escaped, so a name cannot add markup.
 */
public final class BadgesPdf {

    public static final int PER_PAGE = 8;

    /** One badge; organisation may be null. */
    public record Badge(String name, String organisation, String type) {
        public Badge {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The texts of the document: its title (also in the metadata), the conference, and the text without badges. */
    public record Sheet(String language, String title, String conferenceTitle, String empty, List<Badge> badges) {
        public Sheet {
            if (language == null || !language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("language must be a two-letter code: " + language);
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(conferenceTitle, "conferenceTitle");
            badges = badges == null ? List.of() : List.copyOf(badges);
        }
    }

    // 210 × 297 mm: 15 mm left and right, 10 mm top and bottom leave 2 × 90 mm by 4 × 69 mm
    private static final String CSS = """
            @page { size: A4; margin: 10mm 15mm; }
            body { font-family: 'DejaVu Sans'; color: #000000; margin: 0; }
            .page { width: 180mm; height: 276mm; page-break-after: always; }
            .page.last { page-break-after: auto; }
            .badge { float: left; width: 90mm; height: 69mm; box-sizing: border-box; border: 0.3mm dashed #777777;
                     padding: 6mm 6mm 0 6mm; text-align: center; overflow: hidden; }
            .conference { font-size: 8pt; margin: 0 0 9mm 0; color: #333333; }
            .name { font-size: 22pt; font-weight: bold; line-height: 1.15; margin: 0 0 4mm 0; word-wrap: break-word; }
            .organisation { font-size: 11pt; margin: 0 0 3mm 0; word-wrap: break-word; }
            .type { font-size: 10pt; font-weight: bold; margin: 0; }
            """;

    private BadgesPdf() {
    }

    public static byte[] render(Sheet sheet) {
        return TaggedPdf.print(xhtml(sheet), "badges");
    }

    static String xhtml(Sheet sheet) {
        StringBuilder html = TaggedPdf.head(sheet.language(), sheet.title(), CSS, 4096 + sheet.badges().size() * 400)
                .append("<body>\n");
        List<Badge> badges = sheet.badges();
        if (badges.isEmpty()) {
            html.append("<p>").append(escapeHtml(sheet.empty() == null ? "" : sheet.empty())).append("</p>\n");
        }
        for (int start = 0; start < badges.size(); start += PER_PAGE) {
            boolean last = start + PER_PAGE >= badges.size();
            html.append("<div class=\"page").append(last ? " last" : "").append("\">\n");
            for (Badge b : badges.subList(start, Math.min(badges.size(), start + PER_PAGE))) {
                html.append("<div class=\"badge\">\n");
                paragraph(html, "conference", sheet.conferenceTitle());
                paragraph(html, "name", b.name());
                paragraph(html, "organisation", b.organisation());
                paragraph(html, "type", b.type());
                html.append("</div>\n");
            }
            html.append("</div>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder html, String cssClass, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p class=\"").append(cssClass).append("\">").append(escapeHtml(text)).append("</p>\n");
        }
    }
}
