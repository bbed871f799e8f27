package de.mitwirken.board.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.board.entity.AgendaItem;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.platform.control.TaggedPdf;
import jakarta.enterprise.context.Dependent;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The board's public documents as tagged PDFs for open data (OParl files): an adopted recommendation, a meeting's
 * agenda (the invitation) and its published minutes with the public points only. They carry nothing the public
 * board pages do not show.
 */
@Dependent
public class BoardPdf {

    private static final String CSS = "body { font-family: '" + TaggedPdf.FONT + "'; font-size: 11pt; }\n"
            + "h1 { font-size: 16pt; } h2 { font-size: 13pt; }\n";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN)
            .withZone(ZoneId.of("Europe/Berlin"));
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("de.mitwirken.board.documents", Locale.GERMAN,
            BoardPdf.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public byte[] recommendation(Recommendation r) {
        StringBuilder html = TaggedPdf.head("de", r.title(), CSS, 4096).append("<body>\n<h1>")
                .append(escapeHtml(r.title())).append("</h1>\n<p>").append(text("board.pdf.recommendation")).append("</p>\n<dl>");
        term(html, "board.pdf.addressee", TEXTS.getString("board.pdf.addressee." + r.addressee().name()));
        if (r.votedAt() != null) {
            term(html, "board.pdf.voted", WHEN.format(r.votedAt()));
        }
        term(html, "board.pdf.status", TEXTS.getString("board.pdf.status." + r.status().name()));
        html.append("</dl>\n");
        paragraphs(html, r.body());
        return TaggedPdf.print(html.append("</body>\n</html>\n").toString(), "recommendation " + r.id());
    }

    public byte[] agenda(Meeting m) {
        StringBuilder html = meetingHead(m, "board.pdf.agenda");
        if (!m.agenda().isEmpty()) { // an empty list is no list (PDF/UA structure)
            html.append("<ol>\n");
            m.agenda().forEach(a -> html.append("<li>").append(escapeHtml(a.title())).append("</li>\n"));
            html.append("</ol>\n");
        }
        return TaggedPdf.print(html.append("</body>\n</html>\n").toString(), "agenda " + m.id());
    }

    /** Only for approved minutes: points whose minutes are internal keep their title and say so. */
    public byte[] minutes(Meeting m) {
        if (m.status() != MeetingStatus.MINUTES_APPROVED) {
            throw new IllegalStateException("minutes of meeting " + m.id() + " are not published");
        }
        StringBuilder html = meetingHead(m, "board.pdf.minutes");
        for (AgendaItem a : m.agenda()) {
            html.append("<h2>").append(a.position()).append(". ").append(escapeHtml(a.title())).append("</h2>\n");
            if (!a.publicMinutes()) {
                html.append("<p>").append(text("board.pdf.internal")).append("</p>\n");
                continue;
            }
            paragraphs(html, a.minutes());
            if (a.voted()) {
                html.append("<p>").append(escapeHtml(MessageFormat.format(text("board.pdf.votes"), a.votesYes(),
                        a.votesNo(), a.votesAbstain()))).append("</p>\n");
            }
        }
        return TaggedPdf.print(html.append("</body>\n</html>\n").toString(), "minutes " + m.id());
    }

    private static StringBuilder meetingHead(Meeting m, String kind) {
        String title = text(kind) + ": " + m.title();
        StringBuilder html = TaggedPdf.head("de", title, CSS, 8192).append("<body>\n<h1>").append(escapeHtml(title))
                .append("</h1>\n<dl>");
        term(html, "board.pdf.when", WHEN.format(m.startsAt()));
        if (m.place() != null) {
            term(html, "board.pdf.place", m.place());
        }
        return html.append("</dl>\n");
    }

    private static void term(StringBuilder html, String key, String value) {
        html.append("<dt>").append(text(key)).append("</dt><dd>").append(escapeHtml(value)).append("</dd>");
    }

    private static void paragraphs(StringBuilder html, String text) {
        if (text == null) {
            return;
        }
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(escapeHtml(paragraph.strip())).append("</p>\n");
        }
    }

    private static String text(String key) {
        return escapeHtml(TEXTS.getString(key));
    }
}
