package de.mitwirken.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's view of the public data version ({@link PublicDataVersion}, the triggers' table of V27), for the
 * caches of the EJB module (issue #27): every {@code portal.page-cache.poll-millis} (1 000) it reads the version,
 * and when it changed (a change committed on any node) it counts a new {@link #generation()} and empties
 * EclipseLink's shared cache, so that no node keeps an entity another node changed. Caches that key their answers
 * with the generation (needs' ListingCache) drop them within a poll. The web frame's page cache follows
 * {@link #stamp()} (the web module does not see the EJB module's events): it sees a new stamp only after the
 * generation moved, so a page it renders after dropping its copies never holds a list from before. Per node, never
 * claimed: each node keeps its own caches.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicDataWatch {

    private static final Logger LOG = Logger.getLogger(PublicDataWatch.class.getName());

    @Resource
    TimerService timers;

    @EJB
    PublicDataVersion version;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    @ConfigProperty(name = "portal.page-cache.poll-millis", defaultValue = "1000")
    long pollMillis;

    private final AtomicLong generation = new AtomicLong();
    private volatile PublicDataVersion.Stamp seen;
    private volatile boolean stopping;
    private boolean failing;

    @PostConstruct
    void schedule() {
        poll(); // known before the first request
        long every = Math.max(100, Math.min(1000, pollMillis)); // the promise: every node within two seconds
        timers.createIntervalTimer(every, every, new TimerConfig("public-data-watch", false));
    }

    /**
     * Grows by one whenever the public data changed on any node since the last poll, and while the version cannot
     * be read (then nothing cached can be trusted: every read is a new generation).
     */
    public long generation() {
        return seen == null ? generation.incrementAndGet() : generation.get();
    }

    /** The version as this node last read it; empty while it cannot be read (then nothing cached is trusted). */
    public Optional<PublicDataVersion.Stamp> stamp() {
        return Optional.ofNullable(seen);
    }

    @Timeout
    void tick(Timer timer) {
        poll();
    }

    private void poll() {
        if (stopping) {
            return;
        }
        try {
            PublicDataVersion.Stamp now = version.current();
            if (!Objects.equals(now, seen)) {
                changed(); // before the stamp is shown: whoever sees the new stamp finds the new generation
            }
            seen = now;
            failing = false;
        } catch (RuntimeException e) {
            seen = null;
            changed();
            if (!failing) { // once per outage
                LOG.log(Level.WARNING, "public data version not read: caches are bypassed until it is", e);
            }
            failing = true;
        }
    }

    private void changed() {
        generation.incrementAndGet();
        // only read-mostly reference data is @Cacheable (ENABLE_SELECTIVE): dropping all of it is cheap
        emf.getCache().evictAll();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
