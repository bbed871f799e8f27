package de.mitwirken.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    private static ExpertAssessment feasibility(int value) {
        return new ExpertAssessment(1, 18, 3, value, null, NOW);
    }

    @Test
    void theBoardsConfidenceIsTheMeanFeasibilityTimesTwenty() {
        assertNull(ExpertAssessment.confidence(List.of()), "no assessment, no board confidence");
        assertEquals(45, ExpertAssessment.confidence(List.of(feasibility(2), feasibility(2), feasibility(2), feasibility(3))));
        assertEquals(70, ExpertAssessment.confidence(List.of(feasibility(3), feasibility(3), feasibility(3), feasibility(5))));
        assertEquals(20, ExpertAssessment.confidence(List.of(feasibility(1))));
        assertEquals(100, ExpertAssessment.confidence(List.of(feasibility(5))));
    }

    @Test
    void ratingsAreOneToFiveAndTheLatestCounts() {
        assertEquals(Set.of("impact", "feasibility"), ExpertAssessment.problems(0, 6, null).keySet());
        assertEquals(Set.of("comment"), ExpertAssessment.problems(3, 3, "x".repeat(2001)).keySet());
        ExpertAssessment assessment = feasibility(2);
        assessment.revise(4, 5, "Nach dem Pilot deutlich besser.", NOW.plusSeconds(60));
        assertEquals(5, assessment.feasibility());
        assertThrows(IllegalArgumentException.class, () -> assessment.revise(null, 3, null, NOW));
        assertEquals(4, assessment.impact(), "a refused revision changes nothing");
    }
}
