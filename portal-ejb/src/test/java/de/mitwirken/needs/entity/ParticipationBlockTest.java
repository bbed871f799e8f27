package de.mitwirken.needs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.needs.entity.ParticipationBlock.State;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipationBlockTest {

    /** 20 November 2026, 13:00 in Berlin. */
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void aBlockUntilADateAppliesToTheEndOfThatDayInTheCityAndThenRunsOut() {
        ParticipationBlock block = new ParticipationBlock(7, "Beleidigungen", LocalDate.of(2026, 11, 22), "moderator", T0);
        assertFalse(block.forGood());
        assertEquals(LocalDate.of(2026, 11, 22), block.lastDay());
        assertEquals(Instant.parse("2026-11-22T23:00:00Z"), block.endsAt(), "midnight in Berlin (UTC+1 in November)");
        assertTrue(block.appliesAt(T0));
        assertTrue(block.appliesAt(Instant.parse("2026-11-22T22:59:59Z")), "the whole last day");
        assertEquals(State.ENDED, block.state(Instant.parse("2026-11-22T23:00:00Z")), "ran out, without any job");
        assertFalse(block.appliesAt(Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void aBlockForGoodNeverRunsOut() {
        ParticipationBlock block = new ParticipationBlock(7, "Spam", null, "moderator", T0);
        assertTrue(block.forGood());
        assertNull(block.lastDay());
        assertTrue(block.appliesAt(T0.plusSeconds(3600L * 24 * 365 * 20)));
    }

    @Test
    void aLiftedBlockNoLongerAppliesAndKeepsWhoLiftedItAndWhy() {
        ParticipationBlock block = new ParticipationBlock(7, "Spam", null, "moderator", T0);
        Instant later = T0.plusSeconds(3600);
        assertThrows(IllegalArgumentException.class, () -> block.lift(" ", "admin", later), "a note is needed");
        assertTrue(block.appliesAt(later));
        block.lift("Versehen, bitte entschuldigen Sie", "admin", later);
        assertEquals(State.LIFTED, block.state(later));
        assertFalse(block.appliesAt(later));
        assertEquals("admin", block.liftedBy());
        assertEquals(later, block.liftedAt());
        assertEquals("Versehen, bitte entschuldigen Sie", block.liftNote());
        assertThrows(IllegalStateException.class, () -> block.lift("nochmal", "admin", later), "lifted once");
    }

    @Test
    void aBlockThatRanOutCannotBeLifted() {
        ParticipationBlock block = new ParticipationBlock(7, "Spam", LocalDate.of(2026, 11, 20), "moderator", T0);
        assertThrows(IllegalStateException.class, () -> block.lift("zu spät", "admin", Instant.parse("2026-11-21T00:00:00Z")));
    }

    @Test
    void aReasonIsNeededAndTheEndMustLieAheadAndWithinTenYears() {
        assertThrows(IllegalArgumentException.class, () -> new ParticipationBlock(7, "", null, "moderator", T0));
        assertThrows(IllegalArgumentException.class, () -> new ParticipationBlock(7, "x".repeat(501), null, "moderator", T0));
        assertThrows(IllegalArgumentException.class,
                () -> new ParticipationBlock(7, "Spam", LocalDate.of(2026, 11, 19), "moderator", T0), "yesterday");
        assertTrue(new ParticipationBlock(7, "Spam", LocalDate.of(2026, 11, 20), "moderator", T0).appliesAt(T0), "today");
        assertThrows(IllegalArgumentException.class,
                () -> new ParticipationBlock(7, "Spam", LocalDate.of(2037, 1, 1), "moderator", T0));
        assertEquals("Spam und Werbung", new ParticipationBlock(7, "  Spam\nund\u0007 Werbung ", null, "m", T0).reason());
    }
}
