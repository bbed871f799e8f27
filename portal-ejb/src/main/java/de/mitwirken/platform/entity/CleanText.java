package de.mitwirken.platform.entity;

import java.text.Normalizer;

/**
 * What people type, made safe to store: Unicode normalised (NFC), line breaks unified, control characters,
 * unpaired surrogates and non-characters removed. Markup is kept as typed and escaped when shown.
 * In the platform because every capability cleans what people type the same way.
 */
public final class CleanText {

    private CleanText() {
    }

    /** One line (titles, names): line breaks become spaces, runs of spaces collapse. */
    public static String line(String input) {
        return multiline(input).replace('\n', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    /** Several lines (descriptions, comments): at most two consecutive empty lines. */
    public static String multiline(String input) {
        if (input == null) {
            return "";
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\n{4,}", "\n\n\n").strip();
    }

    /** {@link #line}, but blank is null: for optional fields and drafts that mark "not given" with null. */
    public static String lineOrNull(String input) {
        return nullIfEmpty(line(input));
    }

    /** {@link #multiline}, but blank is null. */
    public static String multilineOrNull(String input) {
        return nullIfEmpty(multiline(input));
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    /** Length as people count it (code points, so an emoji is one character). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
