package de.mitwirken.it.support;

import java.util.List;

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
            "99999999999999999999");
}
