package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ListingVersion;
import de.mitwirken.platform.boundary.JobClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's search index: built from the database in the background after start (progress in the log),
 * then kept current by polling the change log every {@code portal.search.poll-millis}. Until it is built,
 * {@link #index()} is empty and the list searches the database as before. Bean-managed concurrency: searches
 * never wait for the build or a poll.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexNode {

    /** What the health check tells. */
    public enum State { WARMING, READY, FAILED, OFF }

    private static final Logger LOG = Logger.getLogger(SearchIndexNode.class.getName());
    private static final String BUILD = "search-index-build";
    private static final String POLL = "search-index-poll";

    @Resource
    TimerService timers;

    @EJB
    NeedIndexReader reader;

    @EJB
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.search.enabled", defaultValue = "true")
    boolean enabled;

    /** Where this node keeps its index (never shared by two nodes); unset: search-index in the server instance's directory. */
    @Inject
    @ConfigProperty(name = "portal.search.index-dir")
    Optional<String> indexDir;

    /**
     * The default directory is per application too: two deployments in one server (a second copy beside the first,
     * as SharedDatabaseNodesIT runs) must not meet each other's indexes.
     */
    @Resource(lookup = "java:app/AppName")
    String applicationName;

    @Inject
    @ConfigProperty(name = "portal.search.poll-millis", defaultValue = "1000")
    long pollMillis;

    /** How long a change-log id that was skipped (its transaction still open) is waited for. */
    @Inject
    @ConfigProperty(name = "portal.search.gap-seconds", defaultValue = "60")
    long gapSeconds;

    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicLong built = new AtomicLong();
    private volatile State state = State.WARMING;
    private volatile NeedIndex index;
    private volatile ChangeFollower follower;
    private volatile boolean stopping;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            state = State.OFF;
            return;
        }
        timers.createSingleActionTimer(1000, new TimerConfig(BUILD, false));
    }

    /** The index once it is built; empty while warming, when off or failed. */
    public Optional<NeedIndex> index() {
        return state == State.READY ? Optional.ofNullable(index) : Optional.empty();
    }

    public State state() {
        return state;
    }

    /** Needs put into the index so far (while warming: the progress of the build). */
    public long indexed() {
        return built.get();
    }

    @Timeout
    void run(Timer timer) {
        if (BUILD.equals(timer.getInfo())) {
            build();
        } else if (POLL.equals(timer.getInfo())) {
            poll();
        }
    }

    /**
     * Old change-log rows go once an hour, by one node of the cluster (the hour's slot is claimed); deleting twice
     * would be harmless. Building and following the index stay on every node: each keeps its own.
     */
    @Schedule(minute = "23", hour = "*", persistent = false)
    void prune() {
        if (enabled && claims.claimInterval("needs.change-log-prune", Duration.ofHours(1))) {
            int pruned = reader.prune(clock.instant().minus(Duration.ofDays(1)));
            LOG.fine(() -> "need change log: " + pruned + " rows older than a day deleted");
        }
    }

    private void build() {
        long started = System.nanoTime();
        try {
            index = new NeedIndex(directory(), new NeedAnalysis());
            follower = new ChangeFollower(index, reader, clock, Duration.ofSeconds(gapSeconds));
            LOG.info("search index: warming (building from the database)");
            long total = follower.build(count -> {
                built.set(count);
                if (count > 0 && count % 10_000 == 0) {
                    LOG.info(() -> "search index: " + count + " needs indexed");
                }
                if (stopping) {
                    throw new IllegalStateException("application stopping");
                }
            });
            follower.poll();
            state = State.READY;
            LOG.info(() -> "search index: ready, " + total + " needs in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            long every = Math.max(100, Math.min(2000, pollMillis)); // the promise: current within two seconds
            timers.createIntervalTimer(every, every, new TimerConfig(POLL, false));
        } catch (IOException | RuntimeException e) {
            state = stopping ? State.OFF : State.FAILED;
            LOG.log(stopping ? Level.FINE : Level.SEVERE, "search index: not built, searches use the database", e);
            closeIndex();
        }
    }

    private void poll() {
        if (stopping || follower == null || !polling.compareAndSet(false, true)) {
            return; // the previous poll is still running
        }
        try {
            if (follower.poll() > 0) {
                // a need changed, here or on another node: the list's own caches (ListingCache) go too
                ListingVersion.changedInBulk();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index: change log not read, trying again", e);
        } finally {
            polling.set(false);
        }
    }

    /** A fresh directory per start: a redeployment must not meet the lock of the one it replaces. */
    private Path directory() throws IOException {
        Path base = indexDir.filter(d -> !d.isBlank()).map(d -> Path.of(d.strip())).orElseGet(() -> Path.of(
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")), "search-index",
                applicationName));
        Files.createDirectories(base);
        try (var old = Files.list(base)) {
            old.filter(Files::isDirectory).filter(SearchIndexNode::unused).forEach(SearchIndexNode::deleteQuietly);
        }
        return Files.createDirectories(base.resolve("needs-" + System.currentTimeMillis()));
    }

    /** An index nobody writes to any more (its writer's lock can be taken): left by an earlier start. */
    private static boolean unused(Path dir) {
        try (Directory directory = FSDirectory.open(dir); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return lock != null;
        } catch (IOException busy) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "search index: " + dir + " not deleted: " + e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "search index: timers not cancelled (the container ends them)", e);
        }
        closeIndex();
        state = State.OFF;
    }

    private void closeIndex() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "search index: not closed cleanly", e);
        }
    }
}
