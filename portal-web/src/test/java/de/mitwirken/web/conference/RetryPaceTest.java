package de.mitwirken.web.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IntSummaryStatistics;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Retry-After of turned-away registrations: spread over the time the node needs for the crowd. */
class RetryPaceTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Random random = new Random(42);
    private final RetryPace pace = new RetryPace(now::get, random::nextInt);

    @Test
    void withoutACrowdOneSecond() {
        assertEquals(1, pace.turnedAway());
        now.addAndGet(1000);
        assertEquals(1, pace.turnedAway(), "one client waited a second: nothing to spread");
    }

    @Test
    void aCrowdIsSpreadOverTheTimeTheNodeNeedsForIt() {
        // a second in which the node completed 100 registrations and turned 1 000 clients away (each told 1 s)
        IntStream.range(0, 100).forEach(i -> pace.completed());
        IntStream.range(0, 500).forEach(i -> pace.turnedAway());
        now.addAndGet(1000);
        // about 500 waiting at 100 a second: 5 seconds of work, so waits from 1 to 6 seconds
        IntSummaryStatistics waits = IntStream.range(0, 1000).map(i -> pace.turnedAway()).summaryStatistics();
        assertEquals(1, waits.getMin());
        assertEquals(6, waits.getMax());
        assertTrue(waits.getAverage() > 3 && waits.getAverage() < 4, "evenly spread: " + waits);
    }

    @Test
    void theWaitIsCappedAndAQuietSecondStartsAfresh() {
        pace.completed();
        IntStream.range(0, 5000).forEach(i -> pace.turnedAway());
        now.addAndGet(1000);
        IntSummaryStatistics waits = IntStream.range(0, 500).map(i -> pace.turnedAway()).summaryStatistics();
        assertEquals(RetryPace.MAX_SECONDS, waits.getMax(), "never more than the cap");
        now.addAndGet(5000); // nothing happened for seconds
        assertEquals(1, pace.turnedAway());
    }

    @Test
    void aStuckNodeCountsAsOneCompletionASecond() {
        IntStream.range(0, 4).forEach(i -> pace.turnedAway());
        now.addAndGet(1000);
        IntSummaryStatistics waits = IntStream.range(0, 2000).map(i -> pace.turnedAway()).summaryStatistics();
        assertEquals(5, waits.getMax(), "4 waiting, nothing completed: up to 1 + 4 seconds");
    }
}
