package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EasyLanguageTest {

    @Test
    void blankMeansNoEasyVersion() {
        assertNull(EasyLanguage.version(null));
        assertNull(EasyLanguage.version(""));
        assertNull(EasyLanguage.version("  \n\t \r\n "));
    }

    @Test
    void theTextIsCleanedLikeAnyTypedText() {
        assertEquals("Die Stadt hilft.\nDas ist gut.", EasyLanguage.version("  Die Stadt hilft.\r\nDas ist gut.\u0007  "));
    }

    @Test
    void atMostTheLimitCountedInCharactersAsPeopleCountThem() {
        String limit = "ä".repeat(EasyLanguage.MAX);
        assertEquals(limit, EasyLanguage.version(limit));
        assertTrue(EasyLanguage.acceptable(limit));
        assertEquals(EasyLanguage.MAX, EasyLanguage.version("😀".repeat(EasyLanguage.MAX)).codePointCount(0, 2 * EasyLanguage.MAX),
                "an emoji counts as one character");
        assertFalse(EasyLanguage.acceptable(limit + "a"));
        assertThrows(IllegalArgumentException.class, () -> EasyLanguage.version(limit + "a"));
    }
}
