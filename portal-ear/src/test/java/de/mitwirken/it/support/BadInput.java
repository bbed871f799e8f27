package de.mitwirken.it.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The bad-input corpus: what people and bots type or send. Every form and parameter of the portal must
 * answer these without a server error, without running a script, and (for forms) keeping the input.
 */
public final class BadInput {

    private BadInput() {
    }

    /** Set by the script payloads if a browser ever runs them. */
    public static final String XSS_FLAG = "__mitwirkenXss";

    public static final List<String> PAYLOADS = List.of(
            "",
            " ",
            "x".repeat(10_000),
            "Ünïcödé äöüß € ✓",
            "emoji 😀👍🏽 🇩🇪",
            "right-to-left \u202Eevil\u202C مرحبا עברית",
            "control \u0001\u0007\u001B chars",
            "null \u0000 byte",
            "line\r\nbreak\rcarriage",
            "<script>window." + XSS_FLAG + "=1</script>",
            "\"><img src=x onerror=\"window." + XSS_FLAG + "=1\">",
            "javascript:window." + XSS_FLAG + "=1",
            "'; DROP TABLE user_profile; --",
            "' OR '1'='1",
            "%00%0d%0a",
            "../../../../etc/passwd",
            "#{7*7} ${7*7} {{7*7}}",
            "\uFFFE\uFFFF unpaired \uD800 surrogate",
            "%C3%28 broken encoding %E2%82",
            "2026-02-30",
            "-1",
            "99999999999999999999",
            // hidden characters (issue #26): bidi embeddings, overrides and isolates, C1 controls, invisible ones
            "bidi \u202Aembed\u202C \u202Boverride\u202C \u202Dltr\u202C \u2066iso\u2069 \u2067rtl\u2069 \u2068fsi\u2069",
            "c1 \u0080\u0085\u009B\u009F controls \u007F del",
            "zero\u200Bwidth\u2060joiner \uFEFFbom \u2061\u2062\u2063\u2064 \u206A\u206F \uFFF9\uFFFA\uFFFB",
            "line\u2028separator\u2029paragraph",
            "marks stay: \u05E9\u05DC\u05D5\u05DD\u200F 2026 \u200E \u0645\u200C\u0627 \uD83D\uDC68\u200D\uD83D\uDC69");

    /**
     * What the portal never stores or sends (issue #26): C0 and C1 controls but tab and line breaks, the bidi
     * embeddings, overrides and isolates, zero-width space, word joiner, invisible operators, deprecated format
     * characters, the byte order mark, interlinear annotation, line and paragraph separators. Written out here
     * on its own, not taken from the portal's code, so that a test with it checks that code.
     */
    public static final Pattern HIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F"
                    + "\\uFEFF\\uFFF9-\\uFFFB]");

    /** The text as the portal keeps it: without {@link #HIDDEN} characters, separators as line feeds. */
    public static String withoutHidden(String text) {
        return HIDDEN.matcher(text.replace('\u2028', '\n').replace('\u2029', '\n')).replaceAll("");
    }
}
