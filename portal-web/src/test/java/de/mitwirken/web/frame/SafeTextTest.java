package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    private final SafeText safe = new SafeText();

    @Test
    void paragraphsLineBreaksListsBoldAndLinks() {
        String html = safe.html("Erster Absatz\nzweite Zeile\n\n- eins\n- **zwei**\n\nMehr: https://stadt.example/a?b=1");
        assertEquals("<p>Erster Absatz<br/>zweite Zeile</p><ul><li>eins</li><li><strong>zwei</strong></li></ul>"
                + "<p>Mehr: <a href=\"https://stadt.example/a?b=1\" rel=\"nofollow noopener ugc\">"
                + "https://stadt.example/a?b=1</a></p>", html);
    }

    @Test
    void nothingTypedBecomesMarkup() {
        String html = safe.html("<script>alert(1)</script> <img src=x onerror=alert(1)> \"quote\" & 'single'");
        assertFalse(html.contains("<script") || html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;") && html.contains("&quot;quote&quot;") && html.contains("&amp;"));
    }

    @Test
    void linksCannotCarryScriptsOrBreakTheAttribute() {
        String html = safe.html("javascript:alert(1) https://x.example/\"onmouseover=alert(1)");
        assertFalse(html.contains("href=\"javascript"));
        assertFalse(html.contains("\"onmouseover"), html);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", safe.html(null));
        assertEquals("", safe.html("  \n "));
    }
}
