package de.mitwirken.backlog.control;

import static de.mitwirken.strategy.StrategyField.ADMINISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.mitwirken.strategy.StrategyField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldLinksTest {

    private static final StrategyField OTHER = StrategyField.values()[1];
    private static final StrategyField THIRD = StrategyField.values()[2];

    @Test
    void aLinkCountsInEveryFieldPairOfItsEndsAndTheMatrixReadsTheSameBothWays() {
        Map<Long, Set<StrategyField>> fields = Map.of(1L, Set.of(ADMINISTRATION, OTHER), 2L, Set.of(THIRD));
        var counts = FieldLinks.counts(fields, List.of(new FieldLinks.Link(10, 1, 2)));
        assertEquals(1, counts.get(ADMINISTRATION).get(THIRD));
        assertEquals(1, counts.get(THIRD).get(ADMINISTRATION));
        assertEquals(1, counts.get(OTHER).get(THIRD));
        assertEquals(0, counts.get(ADMINISTRATION).get(OTHER), "the fields of one item are not linked by that");
        assertEquals(0, counts.get(THIRD).get(THIRD));
    }

    @Test
    void aLinkInsideOneFieldCountsOnceOnTheDiagonal() {
        Map<Long, Set<StrategyField>> fields = Map.of(1L, Set.of(ADMINISTRATION), 2L, Set.of(ADMINISTRATION, OTHER));
        var counts = FieldLinks.counts(fields, List.of(new FieldLinks.Link(10, 1, 2), new FieldLinks.Link(11, 2, 1)));
        assertEquals(2, counts.get(ADMINISTRATION).get(ADMINISTRATION));
        assertEquals(2, counts.get(ADMINISTRATION).get(OTHER));
    }

    @Test
    void theLinksBehindACellAreExactlyThoseCounted() {
        Map<Long, Set<StrategyField>> fields = Map.of(1L, Set.of(ADMINISTRATION), 2L, Set.of(OTHER), 3L, Set.of(THIRD));
        List<FieldLinks.Link> links = List.of(new FieldLinks.Link(10, 1, 2), new FieldLinks.Link(11, 3, 1),
                new FieldLinks.Link(12, 2, 3), new FieldLinks.Link(13, 1, 99));
        assertEquals(List.of(10L), FieldLinks.behind(fields, links, OTHER, ADMINISTRATION).stream()
                .map(FieldLinks.Link::id).toList());
        assertEquals(List.of(11L), FieldLinks.behind(fields, links, ADMINISTRATION, THIRD).stream()
                .map(FieldLinks.Link::id).toList());
        assertEquals(List.of(), FieldLinks.behind(fields, links, ADMINISTRATION, ADMINISTRATION),
                "an item without fields (unknown) links nowhere");
    }
}
