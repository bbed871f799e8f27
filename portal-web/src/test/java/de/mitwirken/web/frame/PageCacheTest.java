package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.boundary.PublicDataVersion.Stamp;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final PageStore store = new PageStore(1_000_000, Duration.ofMinutes(5), System::nanoTime);
    private final PageCache cache = new PageCache(store);

    private void fill() {
        store.keep("de /", CachedPage.of("<p>x</p>", StandardCharsets.UTF_8, null, "text/html", "de", Instant.now()),
                store.generation());
    }

    @Test
    void pagesStayWhileTheDataVersionStaysAndGoWhenItMoves() {
        cache.apply(true, new Stamp(10, 55), 0);
        fill();
        cache.apply(true, new Stamp(10, 55), 1_000);
        assertNotNull(store.find("de /"));
        cache.apply(true, new Stamp(10, 56), 2_000); // a late commit below the newest id
        assertNull(store.find("de /"));
        fill();
        cache.apply(true, new Stamp(11, 67), 3_000);
        assertNull(store.find("de /"));
    }

    @Test
    void switchedOffTheCacheHoldsAndServesNothingAndComesBackOn() {
        cache.apply(true, new Stamp(1, 1), 0);
        fill();
        cache.apply(false, new Stamp(1, 1), 1_000);
        assertFalse(cache.enabled());
        assertEquals(0, store.size());
        cache.apply(true, new Stamp(1, 1), 2_000);
        assertTrue(cache.enabled());
    }

    @Test
    void pagesRenderedWhileOtherCachesStillHeldTheOldAnswerGoOnceMoreWhenTheyHaveSettled() {
        cache.settleSeconds = 31;
        cache.apply(true, new Stamp(1, 1), 0);
        cache.apply(true, new Stamp(2, 3), 1_000); // a change
        fill(); // rendered while another node's list cache may still answer from before the change
        cache.apply(true, new Stamp(2, 3), 31_999);
        assertNotNull(store.find("de /"));
        cache.apply(true, new Stamp(2, 3), 32_000);
        assertNull(store.find("de /"), "dropped once more after the settle time");
        fill();
        cache.apply(true, new Stamp(2, 3), 90_000);
        assertNotNull(store.find("de /"), "and only once");
    }

    @Test
    void theSwitchIsReadFromTheFirstSourceThatHasIt() {
        assertFalse(PageCache.switchedOn(config(Map.of(), Map.of(PageCache.SWITCH, "false"),
                Map.of(PageCache.SWITCH, "true"))));
        assertTrue(PageCache.switchedOn(config(Map.of(PageCache.SWITCH, " true "), Map.of(PageCache.SWITCH, "false"))));
        assertTrue(PageCache.switchedOn(config(Map.of())), "on unless said otherwise");
    }

    /** A config of sources in their order (highest ordinal first), each a map. */
    @SafeVarargs
    private static Config config(Map<String, String>... sources) {
        List<ConfigSource> list = java.util.Arrays.stream(sources).map(PageCacheTest::source).toList();
        return (Config) Proxy.newProxyInstance(PageCacheTest.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("getConfigSources")) {
                        return list;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static ConfigSource source(Map<String, String> values) {
        return (ConfigSource) Proxy.newProxyInstance(PageCacheTest.class.getClassLoader(),
                new Class<?>[] {ConfigSource.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getValue")) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
