package de.mitwirken.needs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.strategy.StrategyField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedDraftTest {

    private static final List<String> DISTRICTS = List.of("Mitte", "Nord");

    @Test
    void aGoodDraftHasNoProblems() {
        NeedDraft draft = new NeedDraft("  Termine online  ", "Eine Beschreibung mit genug Zeichen.",
                StrategyField.ADMINISTRATION, SubmitterType.CITIZEN, null, "Mitte", Set.of(1L));
        assertTrue(draft.problems(DISTRICTS).isEmpty());
        assertEquals("Termine online", draft.title());
    }

    @Test
    void everyBadFieldIsNamedWithItsMessage() {
        NeedDraft draft = new NeedDraft("abc", "zu kurz", null, SubmitterType.BUSINESS, null, "Atlantis", Set.of());
        Map<String, String> problems = draft.problems(DISTRICTS);
        assertEquals("needs.error.title.short", problems.get("title"));
        assertEquals("needs.error.description.short", problems.get("description"));
        assertEquals("needs.error.field", problems.get("field"));
        assertEquals("needs.error.organisation.missing", problems.get("organisation"));
        assertEquals("needs.error.district", problems.get("district"));
    }

    @Test
    void lengthsCountCharactersAsPeopleDoAndControlCharactersGo() {
        String emoji = "😀".repeat(150);
        NeedDraft draft = new NeedDraft(emoji, "Beschreibung\u0000 mit\u0007 Steuerzeichen und Text.",
                StrategyField.SOCIETY, SubmitterType.CITIZEN, null, null, Set.of());
        assertTrue(draft.problems(DISTRICTS).isEmpty(), "150 emoji are 150 characters: " + draft.problems(DISTRICTS));
        assertEquals("Beschreibung mit Steuerzeichen und Text.", draft.description());
        NeedDraft tooLong = new NeedDraft("x".repeat(151), "y".repeat(5001), StrategyField.SOCIETY,
                SubmitterType.CITIZEN, null, null, Set.of());
        assertEquals("needs.error.title.long", tooLong.problems(DISTRICTS).get("title"));
        assertEquals("needs.error.description.long", tooLong.problems(DISTRICTS).get("description"));
    }
}
