package de.mitwirken.web.frame;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A path inside this portal to send a browser back to after sign-in or a language switch. Anything that
 * could lead elsewhere (absolute URLs, "//host", backslashes, control characters) is refused, so the
 * parameter cannot be used as an open redirect.
 */
public final class LocalPath {

    private LocalPath() {
    }

    public static Optional<String> parse(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isISOControl(candidate.charAt(i))) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    public static String parseOrHome(String candidate) {
        return parse(candidate).orElse("/");
    }
}
