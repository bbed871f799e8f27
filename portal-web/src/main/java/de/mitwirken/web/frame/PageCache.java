package de.mitwirken.web.frame;

import com.github.benmanes.caffeine.cache.Ticker;
import de.mitwirken.platform.boundary.PublicDataVersion;
import de.mitwirken.platform.boundary.PublicDataWatch;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * This node's cache of rendered public pages ({@link PageCacheFilter}) and what keeps it true: the node's
 * {@link PublicDataWatch} reads the version of the public data ({@link PublicDataVersion}) every
 * {@code portal.page-cache.poll-millis} (1 000), and every fifth of that this cache looks at the stamp it read and
 * drops every page when it changed, so a change made on any node reaches every node's visitors within about a
 * second. Following the watch rather than reading the database itself keeps the order right: the EJB module's
 * caches (needs' list) have dropped their answers before the pages go. The same tick reads the switch
 * {@code portal.page-cache.enabled}.
 */
@ApplicationScoped
public class PageCache {

    static final String SWITCH = "portal.page-cache.enabled";
    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    @Inject
    PublicDataWatch version;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "portal.page-cache.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "portal.page-cache.max-age-seconds", defaultValue = "300")
    long maxAgeSeconds;

    @Inject
    @ConfigProperty(name = "portal.page-cache.poll-millis", defaultValue = "1000")
    long pollMillis;

    /**
     * Searches read this node's search index, which follows the change log on a poll of its own; a search page
     * rendered right after a change may hold the index's old answer, so every page goes once more this long after
     * the last change.
     */
    @Inject
    @ConfigProperty(name = "portal.page-cache.settle-seconds", defaultValue = "3")
    long settleSeconds;

    private volatile PageStore store;
    private long dropAgainAt;
    private volatile boolean enabled;
    private volatile PublicDataVersion.Stamp seen;
    private ScheduledFuture<?> ticks;
    private volatile boolean stopped;
    private boolean failing;

    public PageCache() {
        // for CDI
    }

    /** A cache that is on, over the given store, without the database's version (for tests of the filter). */
    PageCache(PageStore store) {
        this.store = store;
        this.enabled = true;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        store = new PageStore(maxBytes, Duration.ofSeconds(maxAgeSeconds), Ticker.systemTicker());
        tick();
        long every = Math.max(20, pollMillis / 5); // a look at memory: cheap
        ticks = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Before the application stops: the EJB module may be gone before this bean is destroyed. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object applicationStopping) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    /** Whether pages are cached now; off, the filter only passes requests on. */
    boolean enabled() {
        return enabled && store != null;
    }

    PageStore store() {
        return store;
    }

    void tick() {
        if (stopped) {
            return;
        }
        try {
            apply(switchedOn(ConfigProvider.getConfig()), version.stamp().orElseThrow(
                    () -> new IllegalStateException("the public data version cannot be read")), System.currentTimeMillis());
            failing = false;
        } catch (RuntimeException e) {
            // without the data version nobody can tell whether a page is still true: serve none from the cache
            enabled = false;
            store.dropAll();
            seen = null;
            if (!failing && !stopped) { // once per outage, not every second; nothing to tell when undeployed
                LOG.log(Level.WARNING, "page cache off until the data version can be read again", e);
            }
            failing = true;
        }
    }

    /**
     * One tick's outcome at the given time: the switch as it stands and the data version read; every page goes
     * when either says so, and once more when the caches behind the pages have settled after a change.
     */
    void apply(boolean on, PublicDataVersion.Stamp now, long nowMillis) {
        if (on != enabled) {
            LOG.info(() -> "page cache " + (on ? "on" : "off"));
        }
        boolean changed = seen != null && !Objects.equals(now, seen);
        if (!on || !Objects.equals(now, seen) || dropAgainAt != 0 && nowMillis >= dropAgainAt) {
            store.dropAll();
            dropAgainAt = 0;
        }
        if (changed) {
            dropAgainAt = nowMillis + TimeUnit.SECONDS.toMillis(settleSeconds);
        }
        enabled = on;
        seen = now;
    }

    /**
     * The switch as its config sources hold it now. Payara keeps the values of {@code Config} for a minute
     * (set-config-cache); asking the sources themselves, in their order, sees an
     * {@code asadmin set-config-property … --source=domain} at the next tick.
     */
    static boolean switchedOn(Config config) {
        for (ConfigSource source : config.getConfigSources()) {
            String value = source.getValue(SWITCH);
            if (value != null) {
                return Boolean.parseBoolean(value.strip());
            }
        }
        return true;
    }
}
