package de.mitwirken.web.frame;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rendered public pages of this node, by address and language: bounded by their total size (Caffeine
 * evicts the least useful when the bound is passed) and by age. {@link #dropAll()} starts a new generation; a
 * page rendered while the data changed belongs to the old one and is not kept ({@link #keep}), so a
 * rendering that read the data before a change cannot outlive the change in the store.
 */
final class PageStore {

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final long maxBytes;

    PageStore(long maxBytes, Duration maxAge, Ticker ticker) {
        this.maxBytes = maxBytes;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight() + 2 * key.length())
                .expireAfterWrite(maxAge)
                .ticker(ticker)
                .executor(Runnable::run) // evict on the caller's thread: the bound holds when put returns
                .build();
    }

    static String key(String pathAndQuery, String language) {
        return language + " " + pathAndQuery;
    }

    CachedPage find(String key) {
        return pages.getIfPresent(key);
    }

    /** Before rendering: the generation the page will belong to. */
    long generation() {
        return generation.get();
    }

    /** Keeps a page rendered in the given generation, unless the data changed since (then false). */
    boolean keep(String key, CachedPage page, long renderedIn) {
        if (generation.get() != renderedIn || page.weight() > maxBytes) {
            return false;
        }
        pages.put(key, page);
        if (generation.get() != renderedIn) { // dropAll ran between the check and the put
            pages.asMap().remove(key, page);
            return false;
        }
        return true;
    }

    void dropAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** The total weight of the pages held (after pending evictions). */
    long weight() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
