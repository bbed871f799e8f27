package de.mitwirken.platform.boundary;

/**
 * The one escaper for text that goes into markup the portal writes itself: HTML pages and mails, the XHTML
 * printed as tagged PDF, SVG. It lives in the boundary because the web module (which calls boundaries only)
 * needs it as well as the capabilities' controls.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Text safe as element content and as an attribute value in single or double quotes, in HTML as in XML
     * (XHTML, SVG): {@code & < > " '} become entities, characters XML cannot hold at all (control characters
     * other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) are dropped, so a parser never fails
     * on what a person typed. Null becomes the empty text.
     */
    public static String escapeHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
