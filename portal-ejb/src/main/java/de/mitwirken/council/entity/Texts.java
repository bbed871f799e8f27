package de.mitwirken.council.entity;

import de.mitwirken.platform.entity.CleanText;

/** What the council sends is cleaned like what people type and cut to the column's size. */
final class Texts {

    private Texts() {
    }

    static String cut(String text, int max) {
        String clean = CleanText.lineOrNull(text);
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    /** A URL to link: http(s) only (a javascript: link would run in the portal's page), null when too long. */
    static String url(String url, int max) {
        String clean = CleanText.lineOrNull(url);
        if (clean == null || clean.length() > max) {
            return null;
        }
        String lower = clean.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? clean : null;
    }
}
