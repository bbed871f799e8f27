package de.mitwirken.conference.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * QR codes of tickets: SVG to inline into pages (scales sharply, named for screen readers) and PNG for mails,
 * whose programs often block SVG. Error correction at least MEDIUM (the library raises it when that costs no
 * size); a quiet zone of four modules, as scanners need.
 */
public final class QrCodes {

    private static final int QUIET = 4;
    private static final int MAX_SCALE = 32;

    private QrCodes() {
    }

    /** A standalone {@code <svg>} element (SVG namespace, so it can sit inside XHTML) with one path of modules. */
    public static String svg(String text, String accessibleName) {
        QrCode qr = encode(text);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escapeHtml(accessibleName) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    /** A black-and-white PNG, {@code scale} pixels per module (1 to 32). */
    public static byte[] png(String text, int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ": " + scale);
        }
        QrCode qr = encode(text);
        int size = (qr.size + 2 * QUIET) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / scale - QUIET, y / scale - QUIET); // false outside the symbol
                image.setRGB(x, y, dark ? 0x000000 : 0xffffff);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the QR code as PNG", e);
        }
        return png.toByteArray();
    }

    private static QrCode encode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text for the QR code");
        }
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }
}
