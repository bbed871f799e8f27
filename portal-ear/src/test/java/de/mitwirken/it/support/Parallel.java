package de.mitwirken.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks truly at once: all threads wait at a gate that opens when every one of them is ready. */
public final class Parallel {

    private Parallel() {
    }

    /** The outcome of one task: its value or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    public static <T> List<Outcome<T>> run(int count, Callable<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                gate.await();
                return task.call();
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        gate.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                outcomes.add(new Outcome<>(future.get(120, TimeUnit.SECONDS), null));
            } catch (Exception e) {
                outcomes.add(new Outcome<>(null, e.getCause() == null ? e : e.getCause()));
            }
        }
        pool.shutdownNow();
        return outcomes;
    }
}
