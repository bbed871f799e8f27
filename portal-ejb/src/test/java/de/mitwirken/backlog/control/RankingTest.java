package de.mitwirken.backlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.control.Ranking.Entry;
import de.mitwirken.backlog.control.Ranking.Ranked;
import de.mitwirken.backlog.entity.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Score score(double value) {
        return new Score(value, List.of(), List.of(), 1L);
    }

    private static final Score INCOMPLETE = new Score(0, List.of(), List.of(Score.Kind.EFFORT), 1L);

    @Test
    void higherScoresRankFirstAndAreNormalisedToTheTop() {
        List<Ranked> ranked = Ranking.rank(List.of(new Entry(1, score(50), null), new Entry(2, score(200), null),
                new Entry(3, score(100), null)));
        assertEquals(List.of(2L, 3L, 1L), ranked.stream().map(Ranked::itemId).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(Ranked::rank).toList());
        assertEquals(List.of(100.0, 50.0, 25.0), ranked.stream().map(Ranked::normalised).toList());
    }

    @Test
    void anOverrideTakesItsPlaceAndTheOthersMoveDown() {
        List<Ranked> ranked = Ranking.rank(List.of(new Entry(1, score(300), null), new Entry(2, score(200), null),
                new Entry(3, score(10), 1)));
        assertEquals(List.of(3L, 1L, 2L), ranked.stream().map(Ranked::itemId).toList());
        assertTrue(ranked.get(0).overridden());
        assertEquals(10 / 300.0 * 100, ranked.get(0).normalised(), 1e-9, "the score stays what it is");
    }

    @Test
    void anOverrideBeyondTheEndIsClampedAndIncompleteItemsStayUnranked() {
        List<Ranked> ranked = Ranking.rank(List.of(new Entry(1, INCOMPLETE, null), new Entry(2, score(5), 99),
                new Entry(3, score(7), null)));
        assertEquals(List.of(3L, 2L, 1L), ranked.stream().map(Ranked::itemId).toList());
        assertEquals(2, ranked.get(1).rank());
        assertNull(ranked.get(2).rank());
        assertEquals(0, ranked.get(2).normalised());
    }

    @Test
    void equalScoresKeepTheOlderItemFirstAndAZeroTopNormalisesToZero() {
        List<Ranked> ranked = Ranking.rank(List.of(new Entry(9, score(0), null), new Entry(4, score(0), null)));
        assertEquals(List.of(4L, 9L), ranked.stream().map(Ranked::itemId).toList());
        assertEquals(0, ranked.get(0).normalised());
    }
}
