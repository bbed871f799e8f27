package de.mitwirken.platform.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address that a mail server will take: a plain local part and a domain with a top-level
 * domain; no display names, comments or line breaks. Stored in lower case for comparison.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,63}");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an email address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailAddress> parse(String candidate) {
        return isValid(candidate) ? Optional.of(new EmailAddress(candidate)) : Optional.empty();
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String s = candidate.strip();
        return s.length() <= 254 && s.indexOf('@') > 0 && s.indexOf('@') <= 64 && SHAPE.matcher(s).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
