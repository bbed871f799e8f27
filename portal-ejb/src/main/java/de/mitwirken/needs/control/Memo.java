package de.mitwirken.needs.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers kept per key until a version changes or a time runs out; while one caller computes an answer, others
 * asking for the same key wait for it rather than computing it too (no stampede on a cold or dropped entry).
 * Bounded: beyond {@code maxEntries} keys everything is dropped (many distinct searches only cost a recompute).
 */
final class Memo<V> {

    private record Entry<V>(long version, Instant computedAt, CompletableFuture<V> value) {
        boolean freshAt(long currentVersion, Instant now, Duration keep) {
            return version == currentVersion && computedAt.plus(keep).isAfter(now);
        }
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    Memo(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    V get(String key, long version, Instant now, Duration keep, Supplier<V> compute) {
        if (keep.isZero() || keep.isNegative()) {
            return compute.get();
        }
        while (true) {
            Entry<V> known = entries.get(key);
            if (known != null && known.freshAt(version, now, keep)) {
                try {
                    return known.value().join();
                } catch (CompletionException failed) {
                    entries.remove(key, known); // the computing caller got the failure; here: try once more
                    continue;
                }
            }
            Entry<V> mine = new Entry<>(version, now, new CompletableFuture<>());
            boolean claimed = known == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, known, mine);
            if (!claimed) {
                continue; // someone else started computing it just now
            }
            if (entries.size() > maxEntries) {
                entries.keySet().removeIf(k -> !k.equals(key));
            }
            try {
                V value = compute.get();
                mine.value().complete(value);
                return value;
            } catch (RuntimeException | Error failure) {
                mine.value().completeExceptionally(failure);
                entries.remove(key, mine);
                throw failure;
            }
        }
    }
}
