package de.mitwirken.conference.control;

import static de.mitwirken.conference.control.QrCodes.escape;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A certificate of attendance as a tagged PDF (PDF/UA), one A4 page, set up like the progress report's PDF
 * ({@code reporting.control.ReportPdf}): the same embedded DejaVu fonts (read from the reporting resources,
 * not copied), document language and title, no external resources. ReportPdf's page frame (title as h1,
 * page numbers, report styles) does not fit a certificate, hence a document of its own.
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

    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/de/mitwirken/reporting/fonts/";
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

    static {
        // the library's default logger writes to standard error, which the server logs as SEVERE; ReportPdf
        // installs its PdfLog (package-private there) for the same reason, so only the default is replaced
        XRLogger current = XRLog.getLoggerImpl();
        if (current == null || current instanceof JDKXRLogger) {
            XRLog.setLoggerImpl(new JulLog());
        }
    }

    private CertificatePdf() {
    }

    /** Does nothing but make sure the static set-up above (the library's log) has run; for BadgesPdf. */
    static void routeLog() {
        // the class is initialised by this call
    }

    public static byte[] render(Certificate c) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Mitwirken");
            builder.withHtmlContent(xhtml(c), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the certificate as PDF", e);
        }
        return pdf.toByteArray();
    }

    static String xhtml(Certificate c) {
        StringBuilder html = new StringBuilder(2048);
        String title = escape(c.title());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(c.language())
                .append("\" xml:lang=\"").append(c.language()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(title).append("</title>\n<meta name=\"subject\" content=\"").append(title)
                .append("\"/>\n<meta name=\"author\" content=\"Mitwirken\"/>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body").append(c.sessions().size() > MOST_SESSIONS ? " class=\"most-page\"" : "")
                .append(">\n<h1>").append(escape(c.heading())).append("</h1>\n");
        paragraph(html, "name", c.attendeeName());
        paragraph(html, "meta", c.attendedLabel());
        paragraph(html, "conference", c.conferenceTitle());
        paragraph(html, "meta", c.dates());
        paragraph(html, "meta", c.venue());
        if (!c.sessions().isEmpty()) {
            int count = c.sessions().size();
            html.append(count > MOST_SESSIONS ? "<ul class=\"most\">\n" : count > MANY_SESSIONS ? "<ul class=\"many\">\n" : "<ul>\n");
            for (String session : c.sessions()) {
                html.append("<li>").append(escape(session)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        paragraph(html, "issued", c.issuedLine());
        paragraph(html, "footer", c.footer());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder html, String cssClass, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p class=\"").append(cssClass).append("\">").append(escape(text)).append("</p>\n");
        }
    }

    private static InputStream font(String file) {
        InputStream stream = CertificatePdf.class.getResourceAsStream(FONTS + file);
        if (stream == null) {
            throw new IllegalStateException("font missing from the application: " + file);
        }
        return stream;
    }

    /** openhtmltopdf's log into java.util.logging, its INFO chatter (timings, fonts) as FINE; as ReportPdf's PdfLog. */
    private static final class JulLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger.getLogger(where).log(level(level), message, error);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are the server's logging configuration
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger("com.openhtmltopdf").isLoggable(level(diagnostic.getLevel()));
        }

        private static Level level(Level level) {
            return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
        }
    }
}
