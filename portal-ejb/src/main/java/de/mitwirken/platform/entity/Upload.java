package de.mitwirken.platform.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * An uploaded file whose type was recognised from its first bytes (never from its name or the browser's
 * claim), within the size limit. The file name is reduced to a safe display name.
 */
public record Upload(String filename, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The kinds of file the portal takes, by their magic numbers. */
    public enum Kind {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif"), WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** Why a file was refused; the message key tells the person. */
    public static final class Refused extends Exception {
        private final String messageKey;

        public Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static Upload of(String submittedName, byte[] content, Set<Kind> allowed) throws Refused {
        if (content == null || content.length == 0) {
            throw new Refused("upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("upload.error.size");
        }
        Kind kind = sniff(content).filter(allowed::contains).orElseThrow(() -> new Refused("upload.error.type"));
        return new Upload(safeName(submittedName, kind), kind.contentType, content);
    }

    static Optional<Kind> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of(Kind.GIF);
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, dot, dash, underscore and spaces; the extension always fits the recognised type. */
    static String safeName(String submitted, Kind kind) {
        // hidden controls and bidi overrides go first, so that they leave no "_" in the name (issue #26)
        String name = submitted == null ? "" : CleanText.withoutHiddenControls(submitted).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "file";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + kind.extension;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upload u && filename.equals(u.filename) && Arrays.equals(content, u.content);
    }

    @Override
    public int hashCode() {
        return filename.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return filename + " (" + contentType + ", " + content.length + " bytes)";
    }

}
