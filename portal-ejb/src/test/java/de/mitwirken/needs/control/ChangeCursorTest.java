package de.mitwirken.needs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anIdSkippedWhileItsTransactionWasOpenIsAskedForUntilItTurnsUp() {
        ChangeCursor cursor = new ChangeCursor(10, Duration.ofSeconds(60));
        cursor.seen(List.of(11L, 14L), T0);
        assertEquals(14, cursor.after());
        assertEquals(List.of(12L, 13L), cursor.gaps(10));
        cursor.seen(List.of(13L, 15L), T0.plusSeconds(1));
        assertEquals(List.of(12L), cursor.gaps(10));
        assertEquals(15, cursor.after());
    }

    @Test
    void aGapThatNeverFillsIsForgottenAfterThePatience() {
        ChangeCursor cursor = new ChangeCursor(0, Duration.ofSeconds(60));
        cursor.seen(List.of(2L), T0);
        cursor.seen(List.of(), T0.plusSeconds(59));
        assertEquals(List.of(1L), cursor.gaps(10));
        cursor.seen(List.of(), T0.plusSeconds(61));
        assertEquals(List.of(), cursor.gaps(10));
    }

    @Test
    void aHugeJumpKeepsOnlyTheNewestGaps() {
        ChangeCursor cursor = new ChangeCursor(0, Duration.ofSeconds(60));
        cursor.seen(List.of(ChangeCursor.MAX_GAPS * 3L), T0);
        List<Long> gaps = cursor.gaps(Integer.MAX_VALUE);
        assertEquals(ChangeCursor.MAX_GAPS, gaps.size());
        assertEquals(ChangeCursor.MAX_GAPS * 2L, gaps.get(0));
    }
}
