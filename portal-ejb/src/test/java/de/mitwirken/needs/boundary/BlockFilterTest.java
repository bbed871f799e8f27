package de.mitwirken.needs.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.mitwirken.needs.entity.ParticipationBlock;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    @Test
    void blankMeansAllAndANameIsSearchedAsTypedNotAsAPattern() {
        BlockFilter all = new BlockFilter(null, null, " ", "", -3);
        assertEquals("ALL", all.stateParameter());
        assertEquals("ALL", all.kindParameter());
        assertNull(all.blockedBy());
        assertNull(all.namePattern());
        assertEquals(0, all.page(), "no page before the first");

        BlockFilter typed = new BlockFilter(ParticipationBlock.State.LIFTED, BlockFilter.Kind.FOR_GOOD, " moderator ",
                " Anna_100% ", 2);
        assertEquals("LIFTED", typed.stateParameter());
        assertEquals("FOR_GOOD", typed.kindParameter());
        assertEquals("moderator", typed.blockedBy());
        assertEquals("%anna\\_100\\%%", typed.namePattern(), "wildcards typed count as letters");
        assertEquals(100, new BlockFilter(null, null, null, "x".repeat(300), 0).name().length());
    }
}
