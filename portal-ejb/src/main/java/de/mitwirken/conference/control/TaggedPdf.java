package de.mitwirken.conference.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.mitwirken.platform.boundary.PdfLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The conference's printed documents (certificate, name badges) as tagged PDF (PDF/UA), set up like the progress
 * report's PDF ({@code reporting.control.ReportPdf}): the same embedded DejaVu fonts (read from the reporting
 * resources, not copied), document language and title, no external resources.
 */
final class TaggedPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/de/mitwirken/reporting/fonts/";

    static {
        PdfLog.install(); // the library's default logger writes to standard error, which the server logs as SEVERE
    }

    private TaggedPdf() {
    }

    /** The start of a document up to the opening body tag: language, title (also as subject), the styles. */
    static StringBuilder head(String language, String title, String css, int capacity) {
        String t = escapeHtml(title);
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
}
