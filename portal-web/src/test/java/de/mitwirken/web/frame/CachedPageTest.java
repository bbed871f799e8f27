package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.750Z");

    /** A page as PrimeFaces renders it in CSP mode: the nonce on each script and in its init call. */
    static String rendered(String nonce) {
        return "<html><head><script src=\"/jakarta.faces.resource/core.js\" nonce=\"" + nonce + "\"></script>"
                + "<script type=\"text/javascript\" nonce=\"" + nonce + "\">if(window.PrimeFaces){PrimeFaces.csp.init('"
                + nonce + "');}</script></head><body><p>Bürgerhaus</p>"
                + "<script nonce=\"" + nonce + "\">\r\n$(function(){PrimeFaces.cw(\"Chart\",\"c\",{});});</script></body></html>";
    }

    @Test
    void twoRenderingsWithTheirOwnNoncesBecomeTheSameBytesWithoutANonce() {
        CachedPage first = CachedPage.of(rendered("Abc123+/="), StandardCharsets.UTF_8, "Abc123+/=", "text/html", "de", NOW);
        CachedPage second = CachedPage.of(rendered("Xyz789=="), StandardCharsets.UTF_8, "Xyz789==", "text/html", "de", NOW);
        assertArrayEquals(first.body(), second.body());
        assertEquals(first.etag(), second.etag());
        String html = new String(first.body(), StandardCharsets.UTF_8);
        assertFalse(html.contains("nonce"), html);
        assertFalse(html.contains("Abc123"), html);
        assertEquals(first.scriptPolicy(), second.scriptPolicy());
        assertFalse(first.scriptPolicy().contains("nonce"));
    }

    @Test
    void thePolicyAllowsExactlyTheInlineScriptsByTheirHashAsBrowsersComputeIt() throws Exception {
        CachedPage page = CachedPage.of(rendered("n1"), StandardCharsets.UTF_8, "n1", "text/html", "de", NOW);
        String init = "if(window.PrimeFaces){PrimeFaces.csp.init('');}";
        String chart = "\n$(function(){PrimeFaces.cw(\"Chart\",\"c\",{});});"; // CR LF read as LF, as HTML parsing does
        assertEquals("script-src 'self' 'sha256-" + sha256(init) + "' 'sha256-" + sha256(chart) + "'",
                page.scriptPolicy());
    }

    @Test
    void aPageWithoutInlineScriptsAllowsOnlyThePortalsFiles() {
        CachedPage page = CachedPage.of("<html><script src=\"/a.js\"></script></html>", StandardCharsets.UTF_8, null,
                "text/html", null, NOW);
        assertEquals("script-src 'self'", page.scriptPolicy());
        assertNull(page.contentLanguage());
    }

    @Test
    void theEtagFollowsTheBytesAndTheDateIsToTheSecond() {
        CachedPage one = CachedPage.of("<p>1</p>", StandardCharsets.UTF_8, null, "text/html", "de", NOW);
        CachedPage two = CachedPage.of("<p>2</p>", StandardCharsets.UTF_8, null, "text/html", "de", NOW);
        assertFalse(one.etag().equals(two.etag()));
        assertEquals(Instant.parse("2026-12-06T10:15:30Z"), one.filled());
    }

    @Test
    void theNonceIsReadFromPrimeFacesPolicy() {
        assertEquals("q0+Z/w==", CachedPage.nonceOf("script-src 'self' 'nonce-q0+Z/w=='"));
        assertNull(CachedPage.nonceOf("script-src 'self'"));
        assertNull(CachedPage.nonceOf(null));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theNonceGoesInOnePassAttributesWhole() {
        assertEquals("<script>PrimeFaces.csp.init('');</script><script src=\"a.js\"></script> nonce=\"x\" ",
                CachedPage.withoutNonce("<script nonce=\"n1\">PrimeFaces.csp.init('n1');</script><script nonce=\"n1\""
                        + " src=\"a.js\"></script> nonce=\"n1x\" n1n1", "n1"));
    }

    @Test
    void inlineScriptsAreFoundInAnyCaseAndScriptsFromFilesLeftOut() {
        assertEquals(java.util.List.of("a()", "\nb()\n"), CachedPage.inlineScripts("<p>Ä</p><SCRIPT type=\"x\">a()</Script>"
                + "<scripts>no</scripts><script src=\"f.js\"></script><script>\nb()\n</script >"));
    }
}
