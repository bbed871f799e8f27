package de.mitwirken.council.control;

import de.mitwirken.council.entity.CrawlResult;
import de.mitwirken.platform.boundary.JobClaims;
import de.mitwirken.platform.control.NodeIdentity;
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
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Crawls the council's OParl server (portal.oparl.council-url; unset: never) every portal.oparl.crawl-seconds
 * (at most 900, as the issue asks) and when the admin asks for a crawl now. A non-persistent timer on every node
 * looks whether a run is due, once per cluster (its slot is claimed, {@link JobClaims}); the crawl row's lock and
 * lease ({@link CouncilCrawlRuns}) let one node of the cluster run it besides, also across slots. The timer ticks at most every 30 s, so a "crawl now" starts within half a minute. A node that
 * stops (undeploy, shutdown) ends its run after the current page and gives the lease back at once, so the next
 * node or deployment crawls without waiting for the lease to run out.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CouncilCrawlJob {

    private static final Logger LOG = Logger.getLogger(CouncilCrawlJob.class.getName());
    static final int MAX_SECONDS = 900;

    @Resource
    TimerService timers;
    @EJB
    CouncilCrawlRuns runs;
    @EJB
    JpaCouncilStore store;
    @Inject
    Clock clock;
    @Inject
    NodeIdentity node;
    @EJB
    JobClaims claims;

    @Inject
    @ConfigProperty(name = "portal.oparl.council-url")
    Optional<String> councilUrl;

    @Inject
    @ConfigProperty(name = "portal.oparl.crawl-seconds", defaultValue = "900")
    int seconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (systemUrl().isEmpty()) {
            LOG.info("portal.oparl.council-url is not set: the council's OParl server is not crawled");
            return;
        }
        timers.createIntervalTimer(claims.firstTick(tick()), tick().toMillis(), new TimerConfig("council-crawl", false));
    }

    private Duration tick() {
        return Duration.ofSeconds(Math.min(30, interval().toSeconds()));
    }

    @PreDestroy
    void stop() {
        stopping.set(true);
        try {
            runs.giveBack(node.name());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "council crawl lease not given back; it runs out by itself", e);
        }
    }

    /** The configured interval, 1 to 900 seconds. */
    Duration interval() {
        return Duration.ofSeconds(Math.max(1, Math.min(MAX_SECONDS, seconds)));
    }

    Optional<String> systemUrl() {
        return councilUrl.map(String::strip).filter(u -> !u.isEmpty());
    }

    @Timeout
    void run() {
        if (stopping.get() || !running.compareAndSet(false, true)) {
            return;
        }
        String me = node.name();
        try {
            if (claims.claimInterval("council.crawl", tick()) && runs.claimIfDue(clock.instant(), interval(), me)) {
                CrawlResult result;
                try {
                    result = new OparlCrawl(new OparlFetcher(Duration.ofSeconds(30), 4, Duration.ofSeconds(2)),
                            store, clock, () -> !stopping.get() && runs.renew(clock.instant(), me))
                            .crawl(systemUrl().orElseThrow());
                } catch (RuntimeException e) {
                    // e.g. the database refused a page: the lease is given back, the next run resumes. The admin's
                    // status page says so in words; the exception is in the server log.
                    LOG.log(Level.WARNING, "council OParl crawl failed; the next run resumes where it stopped", e);
                    result = new CrawlResult(0, 0, 0, 0, 0, 0, 0, 0, true,
                            "the portal could not keep what it read (see the server log); the next run resumes");
                }
                runs.finished(me, clock.instant(), result);
                CrawlResult done = result;
                LOG.info(() -> "council OParl crawl: " + done);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "council OParl crawl could not be claimed or recorded", e);
        } finally {
            running.set(false);
        }
    }
}
