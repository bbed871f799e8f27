package de.mitwirken.conference.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class QrCodesTest {

    private static final String CODE = "MW-123-ABCDEFGHIJKLMNOP";

    @Test
    void theSvgIsOneNamedImageWithQuietZone() throws Exception {
        String svg = QrCodes.svg(CODE, "Ticket <Anna> & \"Ben\"");
        int size = QrCode.encodeText(CODE, QrCode.Ecc.MEDIUM).size + 8;
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("viewBox=\"0 0 " + size + " " + size + "\""));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-label=\"Ticket &lt;Anna&gt; &amp; &quot;Ben&quot;\""));
        assertEquals(1, svg.split("<path", -1).length - 1, "one path");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals("Ticket <Anna> & \"Ben\"", root.getAttribute("aria-label"), "well-formed XML");
        assertTrue(svg.contains("M4,4h1v1h-1z"), "the finder pattern starts after the quiet zone");
    }

    @Test
    void thePngHasTheSignatureTheSizeAndTheModules() throws Exception {
        byte[] png = QrCodes.png(CODE, 5);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        QrCode qr = QrCode.encodeText(CODE, QrCode.Ecc.MEDIUM);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals((qr.size + 8) * 5, image.getWidth());
        assertEquals((qr.size + 8) * 5, image.getHeight());
        for (int y = 0; y < qr.size + 8; y++) {
            for (int x = 0; x < qr.size + 8; x++) {
                boolean dark = (image.getRGB(x * 5 + 2, y * 5 + 2) & 0xffffff) == 0;
                assertEquals(qr.getModule(x - 4, y - 4), dark, x + "," + y);
            }
        }
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(CODE, 0));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(CODE, 33));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(null, "x"));
    }
}
