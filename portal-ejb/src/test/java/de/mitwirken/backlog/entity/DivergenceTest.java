package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivergenceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final DivergenceDecision COUNCIL = new DivergenceDecision(DecidingBody.COUNCIL,
            LocalDate.of(2025, 2, 12), "Der Rat gibt dem Radweg Vorrang vor dem Parkhaus.", "V/0328/2023");

    private static Divergence open() {
        return Divergence.openFor(ItemLink.between(1, 2, LinkType.CONFLICTS_WITH, List.of(), "s", NOW), NOW);
    }

    @Test
    void onlyAConflictOpensADivergence() {
        ItemLink overlap = ItemLink.between(1, 2, LinkType.OVERLAPS, List.of(), "s", NOW);
        assertThrows(IllegalArgumentException.class, () -> Divergence.openFor(overlap, NOW));
        assertFalse(open().isDecided());
    }

    @Test
    void aDivergenceIsDecidedOnce() {
        Divergence divergence = open();
        divergence.decide(COUNCIL, "strategie", NOW);
        assertTrue(divergence.isDecided());
        assertEquals("V/0328/2023", divergence.documentRef());
        DivergenceDecision other = new DivergenceDecision(DecidingBody.MAYOR, TODAY, "Doch das Parkhaus zuerst.", null);
        assertThrows(IllegalStateException.class, () -> divergence.decide(other, "strategie", NOW));
        assertEquals(DecidingBody.COUNCIL, divergence.body());
    }

    @Test
    void councilDecisionsNameTheirDocumentAndTheMayorMayDecideWithout() {
        assertTrue(COUNCIL.problems(TODAY).isEmpty());
        assertTrue(new DivergenceDecision(DecidingBody.COMMITTEE, TODAY, "Ausschuss empfiehlt Variante B.", "V/0328/2023/1E")
                .problems(TODAY).isEmpty());
        assertEquals(Set.of("documentRef"), new DivergenceDecision(DecidingBody.COMMITTEE, TODAY,
                "Ausschuss empfiehlt Variante B.", null).problems(TODAY).keySet());
        assertEquals(Set.of("documentRef"), new DivergenceDecision(DecidingBody.COUNCIL, TODAY,
                "Ausschuss empfiehlt Variante B.", "328/2023").problems(TODAY).keySet());
        assertTrue(new DivergenceDecision(DecidingBody.MAYOR, TODAY, "Eilentscheidung der Oberbürgermeisterin.", null)
                .problems(TODAY).isEmpty());
    }

    @Test
    void aDecisionIsDatedNotInTheFutureAndSaysWhatWasDecided() {
        DivergenceDecision bad = new DivergenceDecision(null, TODAY.plusDays(1), "ja", "V/0328/2023");
        assertEquals(Set.of("body", "date", "outcome"), bad.problems(TODAY).keySet());
        Divergence divergence = open();
        assertThrows(IllegalArgumentException.class, () -> divergence.decide(bad, "s", NOW));
        assertFalse(divergence.isDecided());
    }
}
