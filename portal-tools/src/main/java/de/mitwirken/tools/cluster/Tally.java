package de.mitwirken.tools.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients saw, per kind of request ("public", "sign-in", "submission", "rush"): answers that counted
 * (2xx/3xx, or an expected 4xx a caller accepts), 503s that were sent again, and errors by cause (any other
 * status, or a connection error). Latencies are those of each request's final answer, for the p95.
 * Thread-safe: every virtual user adds to the same tally.
 */
final class Tally {

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    private static final class Kind {
        final LongAdder answered = new LongAdder();
        final LongAdder retried503 = new LongAdder();
        final LongAdder resentClosed = new LongAdder();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final List<Long> micros = new ArrayList<>();
    }

    private Kind kind(String name) {
        return kinds.computeIfAbsent(name, k -> new Kind());
    }

    void answered(String name, long nanos) {
        Kind k = kind(name);
        k.answered.increment();
        synchronized (k.micros) {
            k.micros.add(nanos / 1000);
        }
    }

    /** A 503 that will be sent again (nothing was done: the node or the balancer turned it away). */
    void retried503(String name) {
        kind(name).retried503.increment();
    }

    /** A request sent once more because its kept-alive connection closed before any answer (Browser#closedBeforeAnswer). */
    void resentClosed(String name) {
        kind(name).resentClosed.increment();
    }

    long resentClosedCount(String name) {
        Kind k = kinds.get(name);
        return k == null ? 0 : k.resentClosed.sum();
    }

    long totalResentClosed() {
        return kinds.keySet().stream().mapToLong(this::resentClosedCount).sum();
    }

    /**
     * A request without any answer, counted by the exception's class and its text (the JDK client says plain
     * IOException for several causes: "header parser received no bytes", "connection reset", ...); at most 120 chars.
     */
    void noAnswer(String name, String exception) {
        String cause = "no answer: " + exception;
        error(name, cause.length() > 120 ? cause.substring(0, 120) + "…" : cause);
    }

    void error(String name, String cause) {
        kind(name).errors.computeIfAbsent(cause, c -> new LongAdder()).increment();
    }

    /** How a final status counts: 2xx and 3xx are answers, everything else an error (a 503 only once retries ran out). */
    void status(String name, int status, long nanos) {
        if (status >= 200 && status < 400) {
            answered(name, nanos);
        } else {
            error(name, "HTTP " + status);
        }
    }

    long answered(String name) {
        Kind k = kinds.get(name);
        return k == null ? 0 : k.answered.sum();
    }

    long retried503Count(String name) {
        Kind k = kinds.get(name);
        return k == null ? 0 : k.retried503.sum();
    }

    long errors(String name) {
        Kind k = kinds.get(name);
        return k == null ? 0 : k.errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Errors by cause, e.g. {HTTP 502=3, java.net.ConnectException=1}. */
    Map<String, Long> errorCauses(String name) {
        Map<String, Long> causes = new TreeMap<>();
        Kind k = kinds.get(name);
        if (k != null) {
            k.errors.forEach((c, n) -> causes.put(c, n.sum()));
        }
        return causes;
    }

    long totalErrors() {
        return kinds.keySet().stream().mapToLong(this::errors).sum();
    }

    long totalRetried503() {
        return kinds.keySet().stream().mapToLong(this::retried503Count).sum();
    }

    /** The 95th percentile (nearest rank) of the final answers' latencies in ms; -1 without any. */
    double p95Millis(String name) {
        Kind k = kinds.get(name);
        if (k == null) {
            return -1;
        }
        long[] sorted;
        synchronized (k.micros) {
            sorted = k.micros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    List<String> names() {
        return new ArrayList<>(new TreeMap<>(kinds).keySet());
    }
}
