package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JobSlotsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration FIVE = Duration.ofSeconds(5);

    @Test
    void anIntervalSlotIsTheStartOfTheIntervalCountedFromTheEpoch() {
        assertEquals(Instant.parse("2026-12-07T12:00:05Z"), JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:05Z"), FIVE));
        assertEquals(Instant.parse("2026-12-07T12:00:05Z"), JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:09.999Z"), FIVE));
        assertEquals(Instant.parse("2026-12-07T12:00:10Z"), JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:10Z"), FIVE));
        assertEquals(Instant.parse("2026-12-07T12:00:00Z"),
                JobSlots.intervalSlot(Instant.parse("2026-12-07T12:59:59Z"), Duration.ofHours(1)));
        assertEquals(Instant.parse("1969-12-31T23:59:55Z"), JobSlots.intervalSlot(Instant.parse("1969-12-31T23:59:58Z"), FIVE),
                "floor, not truncation, before the epoch");
    }

    @Test
    void twoNodesTickingInTheSameIntervalNameTheSameSlotAndTheNextIntervalAnother() {
        Instant a = JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:06.100Z"), FIVE);
        Instant b = JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:08.700Z"), FIVE);
        Instant c = JobSlots.intervalSlot(Instant.parse("2026-12-07T12:00:11.100Z"), FIVE);
        assertEquals(a, b);
        assertEquals(FIVE, Duration.between(a, c));
    }

    @Test
    void theFirstTickIsTheMiddleOfTheNextSlotSoThatJitterKeepsItsSlot() {
        assertEquals(Instant.parse("2026-12-07T12:00:07.500Z"), JobSlots.firstTick(Instant.parse("2026-12-07T12:00:06Z"), FIVE));
        assertEquals(Instant.parse("2026-12-07T12:00:12.500Z"), JobSlots.firstTick(Instant.parse("2026-12-07T12:00:07.500Z"), FIVE));
        assertEquals(Instant.parse("2026-12-07T12:00:12.500Z"), JobSlots.firstTick(Instant.parse("2026-12-07T12:00:09Z"), FIVE));
        Instant tick = JobSlots.firstTick(Instant.parse("2026-12-07T12:00:06Z"), FIVE);
        for (long late : new long[] {-2_400, 0, 2_400}) { // ticks late or early by less than half an interval
            assertEquals(Instant.parse("2026-12-07T12:00:05Z"), JobSlots.intervalSlot(tick.plusMillis(late), FIVE));
        }
    }

    @Test
    void aDailySlotIsTheCalendarTimeNearestTheTickInTheZone() {
        // 06:00 in Berlin is 05:00 UTC in winter
        Instant six = Instant.parse("2026-12-07T05:00:00Z");
        assertEquals(six, JobSlots.dailySlot(Instant.parse("2026-12-07T05:00:00.004Z"), 6, BERLIN));
        assertEquals(six, JobSlots.dailySlot(Instant.parse("2026-12-07T04:59:59.990Z"), 6, BERLIN), "a tick a bit early");
        assertEquals(six, JobSlots.dailySlot(Instant.parse("2026-12-07T16:00:00Z"), 6, BERLIN), "even hours late");
        assertEquals(Instant.parse("2026-12-08T05:00:00Z"), JobSlots.dailySlot(Instant.parse("2026-12-07T17:30:00Z"), 6, BERLIN));
        // summer time: 03:00 in Berlin is 01:00 UTC
        assertEquals(Instant.parse("2026-07-01T01:00:00Z"), JobSlots.dailySlot(Instant.parse("2026-07-01T01:00:01Z"), 3, BERLIN));
    }

    @Test
    void onTheDayTheClocksSkipTheHourTheSlotIsTheHourAfter() {
        // 29 March 2026: 02:00 does not exist in Berlin, the clocks go to 03:00 (01:00 UTC)
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), JobSlots.dailySlot(Instant.parse("2026-03-29T01:00:00.200Z"), 2, BERLIN));
    }

    @Test
    void anIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> JobSlots.intervalSlot(Instant.EPOCH, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> JobSlots.firstTick(Instant.EPOCH, Duration.ofSeconds(-1)));
    }
}
