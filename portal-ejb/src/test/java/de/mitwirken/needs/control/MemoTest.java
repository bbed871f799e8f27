package de.mitwirken.needs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final Duration KEEP = Duration.ofSeconds(10);

    private final Memo<String> memo = new Memo<>(100);
    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "answer " + computed.incrementAndGet();
    }

    @Test
    void keepsAnAnswerForItsVersionAndTime() {
        assertEquals("answer 1", memo.get("k", 1, T0, KEEP, this::compute));
        assertEquals("answer 1", memo.get("k", 1, T0.plusSeconds(9), KEEP, this::compute));
        assertEquals("answer 2", memo.get("k", 1, T0.plusSeconds(10), KEEP, this::compute), "time ran out");
        assertEquals("answer 3", memo.get("k", 2, T0.plusSeconds(11), KEEP, this::compute), "a need changed");
        assertEquals("answer 4", memo.get("other", 2, T0.plusSeconds(11), KEEP, this::compute));
    }

    @Test
    void zeroSecondsMeansAlwaysCompute() {
        memo.get("k", 1, T0, Duration.ZERO, this::compute);
        memo.get("k", 1, T0, Duration.ZERO, this::compute);
        assertEquals(2, computed.get());
    }

    @Test
    void aFailureIsPassedOnAndNotKept() {
        assertThrows(IllegalStateException.class, () -> memo.get("k", 1, T0, KEEP, () -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals("answer 1", memo.get("k", 1, T0, KEEP, this::compute));
    }

    @Test
    void staysBounded() {
        Memo<String> small = new Memo<>(3);
        for (int i = 0; i < 10; i++) {
            small.get("k" + i, 1, T0, KEEP, this::compute);
        }
        assertEquals(10, computed.get());
        small.get("k9", 1, T0, KEEP, this::compute);
        assertEquals(10, computed.get(), "the newest key survives the clean-up");
    }

    @Test
    void manyAtOnceComputeOnce() throws Exception {
        int callers = 16;
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> memo.get("k", 1, T0, KEEP, () -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS); // slow database: the others arrive meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return compute();
                })));
            }
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            Thread.sleep(200); // let the other callers reach the memo
            release.countDown();
            for (Future<String> answer : answers) {
                assertEquals("answer 1", answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
