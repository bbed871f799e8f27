package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void readsPrimaryTagsCaseInsensitively() {
        assertEquals(Optional.of(Language.EN), Language.fromTag("en"));
        assertEquals(Optional.of(Language.EN), Language.fromTag("EN-gb"));
        assertEquals(Optional.of(Language.DE), Language.fromTag(" de_DE "));
    }

    @Test
    void refusesWhatIsNoLanguageOfOurs() {
        assertTrue(Language.fromTag("fr").isEmpty());
        assertTrue(Language.fromTag("").isEmpty());
        assertTrue(Language.fromTag(null).isEmpty());
        assertTrue(Language.fromTag("<script>").isEmpty());
    }

    @Test
    void germanIsTheDefault() {
        assertEquals(Language.DE, Language.DEFAULT);
        assertEquals("de", Language.DEFAULT.locale().getLanguage());
    }
}
