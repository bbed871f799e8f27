package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemLinkTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static ItemLink link(long from, long to, LinkType type, List<ItemLink> existing) {
        return ItemLink.between(from, to, type, existing, "strategie", NOW);
    }

    @Test
    void anItemDoesNotLinkToItself() {
        assertThrows(IllegalArgumentException.class, () -> link(4, 4, LinkType.ENABLES, List.of()));
    }

    @Test
    void theSameLinkTwiceIsRefused() {
        ItemLink first = link(1, 2, LinkType.ENABLES, List.of());
        assertThrows(IllegalStateException.class, () -> link(1, 2, LinkType.ENABLES, List.of(first)));
        link(2, 1, LinkType.ENABLES, List.of(first)); // the other direction says something else
        link(1, 2, LinkType.OVERLAPS, List.of(first)); // and so does another type
    }

    @Test
    void enablingAndDependingAreTheSameStatementSeenFromTheOtherEnd() {
        ItemLink enables = link(1, 2, LinkType.ENABLES, List.of());
        assertThrows(IllegalStateException.class, () -> link(2, 1, LinkType.DEPENDS_ON, List.of(enables)));
        link(1, 2, LinkType.DEPENDS_ON, List.of(enables));
    }

    @Test
    void symmetricLinksAreStoredSmallerIdFirstAndRefusedBothWays() {
        ItemLink conflict = link(9, 3, LinkType.CONFLICTS_WITH, List.of());
        assertEquals(3, conflict.fromItemId());
        assertEquals(9, conflict.toItemId());
        assertThrows(IllegalStateException.class, () -> link(3, 9, LinkType.CONFLICTS_WITH, List.of(conflict)));
        assertThrows(IllegalStateException.class, () -> link(9, 3, LinkType.CONFLICTS_WITH, List.of(conflict)));
        ItemLink directed = link(9, 3, LinkType.DEPENDS_ON, List.of(conflict));
        assertEquals(9, directed.fromItemId(), "directed links keep their direction");
        assertEquals(3, directed.otherEnd(9));
    }
}
