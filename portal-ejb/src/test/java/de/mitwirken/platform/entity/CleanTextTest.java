package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
