package de.mitwirken.platform.entity;

/**
 * The rule every easy-to-read version (Leichte Sprache) follows, wherever staff add one: cleaned like any
 * typed text, blank means "no easy version", and at most {@link #MAX} characters — Leichte Sprache is
 * short by nature, so a longer text is almost surely the wrong one pasted.
 */
public final class EasyLanguage {

    public static final int MAX = 5000;

    private EasyLanguage() {
    }

    /** The text to store: null for blank input; throws IllegalArgumentException when it is too long. */
    public static String version(String typed) {
        String text = CleanText.multiline(typed);
        if (text.isEmpty()) {
            return null;
        }
        if (CleanText.length(text) > MAX) {
            throw new IllegalArgumentException("an easy-to-read version has at most " + MAX + " characters");
        }
        return text;
    }

    /** Whether {@link #version} accepts the typed text. */
    public static boolean acceptable(String typed) {
        return CleanText.length(CleanText.multiline(typed)) <= MAX;
    }
}
