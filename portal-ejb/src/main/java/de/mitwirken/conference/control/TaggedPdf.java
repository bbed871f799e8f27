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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The conference's printed documents (certificate, name badges) as tagged PDF (PDF/UA), set up like the progress
 * report's PDF ({@code reporting.control.ReportPdf}): the same embedded DejaVu fonts (read from the reporting
 * resources, not copied), document language and title, no external resources.
 */
final class TaggedPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/de/mitwirken/reporting/fonts/";

    static {
        // the library's default logger writes to standard error, which the server logs as SEVERE; ReportPdf
        // installs its PdfLog (package-private there) for the same reason, so only the default is replaced
        XRLogger current = XRLog.getLoggerImpl();
        if (current == null || current instanceof JDKXRLogger) {
            XRLog.setLoggerImpl(new JulLog());
        }
    }

    private TaggedPdf() {
    }

    /** The start of a document up to the opening body tag: language, title (also as subject), the styles. */
    static StringBuilder head(String language, String title, String css, int capacity) {
        String t = escape(title);
        return new StringBuilder(capacity).append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language).append("\" xml:lang=\"").append(language)
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(t)
                .append("</title>\n<meta name=\"subject\" content=\"").append(t)
                .append("\"/>\n<meta name=\"author\" content=\"Mitwirken\"/>\n<style>\n").append(css)
                .append("</style>\n</head>\n");
    }

    /** Prints the XHTML; {@code what} names the document in the error. */
    static byte[] print(String xhtml, String what) {
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
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the " + what + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream stream = TaggedPdf.class.getResourceAsStream(FONTS + file);
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
