package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        Upload png = Upload.of("plan.pdf", PNG, EnumSet.allOf(Upload.Kind.class));
        assertEquals("image/png", png.contentType());
        assertEquals("plan.png", png.filename(), "the extension follows the real type");
        assertEquals("application/pdf", Upload.of("x", PDF, EnumSet.allOf(Upload.Kind.class)).contentType());
    }

    @Test
    void scriptsAndUnknownFilesAreRefusedWhateverTheirName() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Upload.Refused refused = assertThrows(Upload.Refused.class,
                () -> Upload.of("foto.jpg", html, EnumSet.allOf(Upload.Kind.class)));
        assertEquals("upload.error.type", refused.messageKey());
        assertThrows(Upload.Refused.class, () -> Upload.of("x.png", PNG, Set.of(Upload.Kind.PDF)));
        assertThrows(Upload.Refused.class, () -> Upload.of("leer.pdf", new byte[0], EnumSet.allOf(Upload.Kind.class)));
    }

    @Test
    void tooLargeFilesAreRefused() {
        byte[] big = new byte[Upload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("upload.error.size", assertThrows(Upload.Refused.class,
                () -> Upload.of("gross.pdf", big, EnumSet.allOf(Upload.Kind.class))).messageKey());
    }

    @Test
    void namesLoseTheirPathsAndDangerousCharacters() {
        assertEquals("evil.pdf", Upload.safeName("../../etc/evil.pdf", Upload.Kind.PDF));
        assertEquals("a_b_c_.pdf", Upload.safeName("C:\\temp\\a<b>c\".exe", Upload.Kind.PDF));
        assertEquals("file.png", Upload.safeName("....", Upload.Kind.PNG));
        assertEquals("Übersicht März.pdf", Upload.safeName("Übersicht März.pdf", Upload.Kind.PDF));
        assertEquals("Rechnung fdp.exe.pdf", Upload.safeName("Rechnung \u202Efdp.exe\u202C\u2066.pdf", Upload.Kind.PDF));
    }
}
