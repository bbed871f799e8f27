package de.mitwirken.needs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void pluralAndSingularOfTheSameWordShareAStem() {
        Set<String> typed = SearchTerms.stems("Baugenehmigungen digital beantragen");
        Set<String> existing = SearchTerms.stems("Antrag auf Baugenehmigung online");
        Set<String> common = new HashSet<>(typed);
        common.retainAll(existing);
        assertFalse(common.isEmpty(), typed + " vs " + existing);
    }

    @Test
    void stopWordsAndUmlautsAreNormalised() {
        Set<String> stems = SearchTerms.stems("Die Öffnungszeiten der Bürgerämter und das Bürgeramt");
        assertFalse(stems.contains("die"));
        assertFalse(stems.contains("und"));
        assertTrue(stems.stream().anyMatch(s -> s.startsWith("burgeramt")), stems.toString());
    }

    @Test
    void theQueryMatchesByPrefixAndIgnoresOperators() {
        String query = SearchTerms.query("Baugenehmigung +\"online\" -(x) @@@");
        assertTrue(query.contains("baugenehmig"), query);
        assertFalse(query.contains("+") || query.contains("-") || query.contains("\"") || query.contains("@"), query);
        assertTrue(query.endsWith("*"));
        assertEquals("", SearchTerms.query("  und oder die  "));
        assertEquals("", SearchTerms.query(null));
    }

    @Test
    void theStrictQueryRequiresEveryStemAndStillIgnoresTypedOperators() {
        assertEquals("+baugenehmigung* +onlin*", SearchTerms.queryAll("Baugenehmigung -\"online\" und"));
        assertEquals("", SearchTerms.queryAll("und die"));
    }

    @Test
    void storedTermsAreDistinct() {
        assertEquals("parkausweis", SearchTerms.of("Parkausweis", "Parkausweise"));
    }
}
