package de.mitwirken.web.frame;

/** Reads URL and form parameters of any page; anything unreadable counts as "not given", never as an error. */
public final class UrlParams {

    private UrlParams() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A positive id (a row number), or null. */
    public static Long id(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
