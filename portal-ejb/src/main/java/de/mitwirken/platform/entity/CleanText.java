package de.mitwirken.platform.entity;

import java.text.Normalizer;

/**
 * What people type, made safe to store: Unicode normalised (NFC), line breaks unified, control characters,
 * bidirectional embeddings, overrides and isolates, invisible format characters, unpaired surrogates and
 * non-characters removed. Markup is kept as typed and escaped when shown.
 * In the platform because every capability cleans what people type the same way; the web module also applies
 * {@link #withoutHiddenControls} to every request parameter and JSON body (issue #26), so nothing reaches an
 * entity that does not clean its own text.
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
        String text = withoutHiddenControls(Normalizer.normalize(input, Normalizer.Form.NFC).replace("\r\n", "\n"))
                .replace('\r', '\n');
        return text.replaceAll("\n{4,}", "\n\n\n").strip();
    }

    /**
     * The text without what can hide or disguise it, and otherwise as it was (no trimming, no normalisation):
     * C0 and C1 control characters except tab, line feed and carriage return; the bidirectional embeddings,
     * overrides and isolates (U+202A–U+202E, U+2066–U+2069: a right-to-left override makes "gpj.exe" look like
     * "exe.jpg", in a page as in a mail subject); zero-width space, word joiner and invisible operators
     * (U+200B, U+2060–U+2064), deprecated format characters (U+206A–U+206F), the byte order mark (U+FEFF),
     * interlinear annotation (U+FFF9–U+FFFB), unpaired surrogates and the non-characters U+FFFE/U+FFFF.
     * The line and paragraph separators (U+2028, U+2029) become line feeds. Kept on purpose: the left-to-right
     * and right-to-left marks (U+200E, U+200F, U+061C), which Arabic and Hebrew text needs and which cannot
     * reorder a run of text, and the zero-width (non-)joiners (U+200C, U+200D), which emoji and several
     * scripts need. Null stays null.
     */
    public static String withoutHiddenControls(String input) {
        if (input == null) {
            return null;
        }
        int i = 0;
        while (i < input.length() && !hidden(input.charAt(i)) && !Character.isSurrogate(input.charAt(i))) {
            i++;
        }
        if (i == input.length()) {
            return input; // the usual case: nothing to remove, no copy
        }
        StringBuilder out = new StringBuilder(input.length()).append(input, 0, i);
        for (; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < input.length() && Character.isLowSurrogate(input.charAt(i + 1))) {
                out.append(c).append(input.charAt(++i));
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (!Character.isSurrogate(c) && !hidden(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hidden(char c) {
        return (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200B' || (c >= '\u2060' && c <= '\u2064') || (c >= '\u206A' && c <= '\u206F')
                || c == '\uFEFF' || (c >= '\uFFF9' && c <= '\uFFFB') || c == '\uFFFE' || c == '\uFFFF'
                || c == '\u2028' || c == '\u2029';
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
