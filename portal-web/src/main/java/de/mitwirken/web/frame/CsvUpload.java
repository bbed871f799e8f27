package de.mitwirken.web.frame;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An uploaded CSV file as text, or a message next to its field saying why not (none chosen, too large, unreadable). */
public final class CsvUpload {

    public static final long MAX_BYTES = 2_000_000;

    private CsvUpload() {
    }

    public static Optional<String> text(Part file, String clientId) {
        if (file == null || file.getSize() == 0) {
            Pages.error(clientId, "services.csv.choose");
            return Optional.empty();
        }
        if (file.getSize() > MAX_BYTES) {
            Pages.error(clientId, "services.csv.tooLarge");
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            Pages.error(clientId, "upload.error.read");
            return Optional.empty();
        }
    }
}
