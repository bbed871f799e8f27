package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one cleaning of typed text that every capability uses. */
class CleanTextTest {

    @Test
    void aLineIsNormalisedWithoutControlCharactersAndWithOneSpaceBetweenWords() {
        assertEquals("Ärger am Bahnhof", CleanText.line("  A\u0308rger\u0000 am\n\tBahnhof\u0007 "));
        assertEquals("", CleanText.line(null));
        assertEquals("", CleanText.line(" \n "));
    }

    @Test
    void severalLinesKeepTheirBreaksButAtMostTwoEmptyLines() {
        assertEquals("eins\n\n\nzwei", CleanText.multiline("eins\r\n\r\n\r\n\r\n\r\nzwei\u001b"));
        assertEquals("😀 x", CleanText.multiline("😀 \uD83Dx"));
        assertEquals(1, CleanText.length("😀"));
    }

    @Test
    void theOrNullVariantsMakeBlankNull() {
        assertNull(CleanText.lineOrNull(null));
        assertNull(CleanText.lineOrNull(" \u0000\t"));
        assertNull(CleanText.multilineOrNull("\n\n"));
        assertEquals("Raum 1", CleanText.lineOrNull(" Raum  1 "));
        assertEquals("a\nb", CleanText.multilineOrNull(" a\r\nb "));
    }

    @Test
    void bidiOverridesIsolatesAndInvisibleCharactersGo() {
        assertEquals("Rechnung gpj.exe", CleanText.line("Rechnung \u202Egpj.exe\u202C"));
        assertEquals("ab", CleanText.line("\u2066a\u2067\u2068b\u2069\u202A\u202B\u202D"));
        assertEquals("ab", CleanText.line("\uFEFFa\u200Bb\u2060\u2061\u206A"));
        assertEquals("ab", CleanText.line("a\u0085\u009Bb\u007F"), "C1 controls and DEL");
        assertEquals("eins\nzwei\ndrei", CleanText.multiline("eins\u2028zwei\u2029drei"));
    }

    @Test
    void marksAndJoinersThatScriptsNeedStay() {
        String hebrew = "\u05E9\u05DC\u05D5\u05DD 2026\u200F";
        assertEquals(hebrew, CleanText.line(hebrew));
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(family, CleanText.line(family));
        assertEquals("\u0645\u200C\u0627\u061C", CleanText.line("\u0645\u200C\u0627\u061C"));
    }

    @Test
    void withoutHiddenControlsChangesNothingElse() {
        assertEquals(" a\r\n\tb ", CleanText.withoutHiddenControls(" a\r\n\tb \u202E"));
        assertEquals("A\u0308", CleanText.withoutHiddenControls("A\u0308"), "no normalisation");
        String plain = "nothing to do";
        assertSame(plain, CleanText.withoutHiddenControls(plain));
        assertNull(CleanText.withoutHiddenControls(null));
        assertEquals("x\uD83D\uDE00", CleanText.withoutHiddenControls("x\uDC00\uD83D\uDE00\uD800"));
    }
}
