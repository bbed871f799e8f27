package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void theFiveMarkupCharactersBecomeEntities() {
        assertEquals("&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                Markup.escapeHtml("<b title=\"x\">Tom & Jerry's</b>"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndOthersKept() {
        assertEquals("a\tb\nc\r\nd", Markup.escapeHtml("a\tb\nc\r\nd\u0000\u0007\u001F"));
        assertEquals("Grüße 😀 \u007F", Markup.escapeHtml("Grüße 😀 \u007F\uFFFE\uFFFF"));
        assertEquals("xy", Markup.escapeHtml("x\uD800y"), "a lone surrogate is dropped");
    }

    @Test
    void nullIsTheEmptyText() {
        assertEquals("", Markup.escapeHtml(null));
        assertEquals("", Markup.escapeHtml(""));
    }
}
