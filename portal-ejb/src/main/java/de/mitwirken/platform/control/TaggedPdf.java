package de.mitwirken.platform.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.mitwirken.platform.boundary.PdfLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * The one tagged-PDF writer (PDF/UA: structure tags, document title shown in the title bar, language, embedded
 * fonts) for every document the portal prints: council reports, certificates of attendance, name badges. The
 * capability writes the XHTML body and its styles; the set-up lives here once. With openhtmltopdf, each
 * {@code img}'s {@code alt} becomes its /Alt in the structure tree.
 * <p>
 * Fonts: DejaVu Sans (regular and bold, family {@value #FONT}) shipped with the application, licence in
 * {@code fonts/LICENSE-DejaVu.txt}; PDF/UA forbids the unembedded standard fonts. Nothing is loaded from
 * outside: a document may only use resources it carries itself, and only those its caller lets pass.
 */
public final class TaggedPdf {

    /** The font family the documents' styles name. */
    public static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/de/mitwirken/platform/fonts/";

    static {
        PdfLog.install(); // the library's default logger writes to standard error, which the server logs as SEVERE
    }

    private TaggedPdf() {
    }

    /** The start of a document up to the opening body tag: language, title (also as subject), the styles. */
    public static StringBuilder head(String language, String title, String css, int capacity) {
        String t = escapeHtml(title);
        return new StringBuilder(capacity).append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language).append("\" xml:lang=\"").append(language)
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(t)
                .append("</title>\n<meta name=\"subject\" content=\"").append(t)
                .append("\"/>\n<meta name=\"author\" content=\"Mitwirken\"/>\n<style>\n").append(css)
                .append("</style>\n</head>\n");
    }

    /** Prints the XHTML, which loads nothing at all; {@code what} names the document in the error. */
    public static byte[] print(String xhtml, String what) {
        return print(xhtml, what, uri -> false);
    }

    /**
     * Prints the XHTML; {@code what} names the document in the error. Only resources whose URI {@code embedded}
     * accepts may load (e.g. images the document carries as data URIs), checked before and after resolving.
     */
    public static byte[] print(String xhtml, String what, Predicate<String> embedded) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> embedded.test(uri),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> embedded.test(uri),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
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
