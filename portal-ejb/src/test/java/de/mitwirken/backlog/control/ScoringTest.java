package de.mitwirken.backlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.Score.Kind;
import de.mitwirken.backlog.entity.Score.Source;
import de.mitwirken.backlog.entity.Weights;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static ScoreInputs inputs(long volume, long supporters, Integer gain, Integer rating, String effort) {
        return new ScoreInputs(volume, 0, supporters, gain, rating, 80, null, effort == null ? null : new BigDecimal(effort));
    }

    @Test
    void reachAddsCaseVolumeAndWeightedSupportersAndTheScoreFollowsTheFormula() {
        Score score = Scoring.score(inputs(12_000, 30, 3, null, "6"), new Weights(50, 1, 1, 1), 4L);
        assertEquals(13_500, score.term(Kind.REACH).orElseThrow().value(), 1e-9);
        // 13 500 × 3 × 0.8 ÷ 6
        assertEquals(5_400, score.value(), 1e-9);
        assertEquals(4L, score.weightSetId());
        assertTrue(score.complete());
    }

    @Test
    void theSupporterWeightDecidesHowMuchSupportersCount() {
        Score light = Scoring.score(inputs(0, 100, 1, null, "1"), new Weights(1, 1, 1, 1), null);
        Score heavy = Scoring.score(inputs(0, 100, 1, null, "1"), new Weights(20, 1, 1, 1), null);
        assertEquals(100 * 0.8, light.value(), 1e-9);
        assertEquals(2000 * 0.8, heavy.value(), 1e-9);
    }

    @Test
    void missingCaseVolumesCountAsZeroAndAreShown() {
        ScoreInputs in = new ScoreInputs(500, 2, 0, 2, null, 100, null, BigDecimal.ONE);
        Score score = Scoring.score(in, Weights.DEFAULT, null);
        assertEquals(500, score.term(Kind.REACH).orElseThrow().value(), 1e-9);
        assertEquals(2, score.term(Kind.SERVICES_WITHOUT_VOLUME).orElseThrow().value(), 1e-9);
        assertEquals(1000, score.value(), 1e-9);
    }

    @Test
    void ozgGainWinsOverTheRatingWhichOnlyFillsIn() {
        Score fromOzg = Scoring.score(inputs(100, 0, 4, 2, "1"), Weights.DEFAULT, null);
        assertEquals(4, fromOzg.term(Kind.IMPACT).orElseThrow().value(), 1e-9);
        assertEquals(Source.OZG_GAIN, fromOzg.term(Kind.IMPACT).orElseThrow().source());

        Score fromRating = Scoring.score(inputs(100, 0, null, 2, "1"), Weights.DEFAULT, null);
        assertEquals(2, fromRating.term(Kind.IMPACT).orElseThrow().value(), 1e-9);
        assertEquals(Source.OFFICE_RATING, fromRating.term(Kind.IMPACT).orElseThrow().source());
        assertEquals(160, fromRating.value(), 1e-9);

        Score zeroGain = Scoring.score(inputs(100, 0, 0, 5, "1"), Weights.DEFAULT, null);
        assertEquals(0, zeroGain.value(), 1e-9, "a service already at its OZG target gains nothing");
    }

    @Test
    void withoutImpactConfidenceOrEffortThereIsNoScoreButAListOfWhatIsMissing() {
        Score score = Scoring.score(new ScoreInputs(100, 0, 5, null, null, null, null, null), Weights.DEFAULT, null);
        assertFalse(score.complete());
        assertEquals(List.of(Kind.IMPACT, Kind.CONFIDENCE, Kind.EFFORT), score.missing());
        assertEquals(0, score.value());
    }

    @Test
    void zeroOrNegativeEffortIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(inputs(1, 1, 1, null, "0"), Weights.DEFAULT, null));
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(inputs(1, 1, 1, null, "-2"), Weights.DEFAULT, null));
    }

    @Test
    void theBoardsConfidenceReplacesTheOfficesAndIsNamedAsSource() {
        ScoreInputs in = new ScoreInputs(1000, 0, 0, 1, null, 50, 90, BigDecimal.ONE);
        Score score = Scoring.score(in, Weights.DEFAULT, null);
        assertEquals(900, score.value(), 1e-9);
        assertEquals(Source.BOARD_EXPERTS, score.term(Kind.CONFIDENCE).orElseThrow().source());
    }

    @Test
    void exponentsShiftWhatMattersAndZeroLeavesAFactorOut() {
        Score noReach = Scoring.score(inputs(1_000_000, 0, 2, null, "2"), new Weights(0, 0, 1, 1), null);
        assertEquals(2 * 0.8 / 2, noReach.value(), 1e-9);
        Score squaredImpact = Scoring.score(inputs(10, 0, 3, null, "1"), new Weights(0, 1, 2, 1), null);
        assertEquals(10 * 9 * 0.8, squaredImpact.value(), 1e-9);
    }

    @Test
    void theExplanationListsTheTermsInTheOrderOfTheFormula() {
        Score score = Scoring.score(inputs(10, 1, 1, null, "1"), Weights.DEFAULT, null);
        assertEquals(List.of(Kind.CASE_VOLUME, Kind.SERVICES_WITHOUT_VOLUME, Kind.SUPPORTERS, Kind.SUPPORTER_WEIGHT,
                Kind.REACH, Kind.REACH_WEIGHT, Kind.IMPACT, Kind.IMPACT_WEIGHT, Kind.CONFIDENCE, Kind.CONFIDENCE_WEIGHT,
                Kind.EFFORT, Kind.SCORE), score.terms().stream().map(Score.Term::kind).toList());
        assertEquals(Source.WEIGHT_SET, score.term(Kind.SUPPORTER_WEIGHT).orElseThrow().source());
        assertEquals(score.value(), score.term(Kind.SCORE).orElseThrow().value());
    }

    @Test
    void weightsOutOfRangeAreNamed() {
        assertTrue(Weights.DEFAULT.problems().isEmpty());
        assertEquals(List.of("supporterWeight", "reachWeight", "confidenceWeight"),
                List.copyOf(new Weights(-1, 4, 1, Double.NaN).problems().keySet()));
    }
}
