package de.mitwirken.web.backlog;

/** Reads the backlog pages' URL parameters; anything unreadable counts as "not given". */
final class BacklogParams {

    private BacklogParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long id(String value) {
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
