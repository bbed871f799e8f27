package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageStoreTest {

    private final AtomicLong nanos = new AtomicLong();

    private PageStore store(long maxBytes) {
        return new PageStore(maxBytes, Duration.ofMinutes(5), nanos::get);
    }

    private static CachedPage page(int bytes) {
        return CachedPage.of("x".repeat(bytes), StandardCharsets.UTF_8, null, "text/html", "de", Instant.now());
    }

    @Test
    void theStoreNeverHoldsMoreThanItsBound() {
        long bound = 100_000;
        PageStore store = store(bound);
        for (int i = 0; i < 500; i++) {
            store.keep(PageStore.key("/needs/index.xhtml?page=" + i, "de"), page(3_000 + i), store.generation());
            assertTrue(store.weight() <= bound, "after " + i + " pages: " + store.weight());
        }
        assertTrue(store.size() > 10, "it still holds pages: " + store.size());
        assertTrue(store.size() < 500);
    }

    @Test
    void aPageBiggerThanTheWholeBoundIsNotKept() {
        PageStore store = store(10_000);
        assertFalse(store.keep("de /", page(20_000), store.generation()));
        assertNull(store.find("de /"));
    }

    @Test
    void aPageRenderedBeforeAChangeIsNotKeptAfterIt() {
        PageStore store = store(1_000_000);
        long renderedIn = store.generation();
        store.dropAll(); // the data changed while the page was rendered
        assertFalse(store.keep("de /", page(100), renderedIn));
        assertNull(store.find("de /"));
        assertTrue(store.keep("de /", page(100), store.generation()));
        assertNotNull(store.find("de /"));
    }

    @Test
    void aChangeDropsEveryPage() {
        PageStore store = store(1_000_000);
        store.keep(PageStore.key("/", "de"), page(100), store.generation());
        store.keep(PageStore.key("/", "en"), page(100), store.generation());
        store.dropAll();
        assertEquals(0, store.size());
    }

    @Test
    void pagesGrowOldAndGo() {
        PageStore store = store(1_000_000);
        store.keep("de /", page(100), store.generation());
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertNotNull(store.find("de /"));
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertNull(store.find("de /"));
    }

    @Test
    void languagesAreKeptApart() {
        assertFalse(PageStore.key("/", "de").equals(PageStore.key("/", "en")));
    }
}
