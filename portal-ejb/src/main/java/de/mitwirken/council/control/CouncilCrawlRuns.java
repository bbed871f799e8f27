package de.mitwirken.council.control;

import de.mitwirken.council.entity.CouncilCrawl;
import de.mitwirken.council.entity.CrawlResult;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Claims the cluster's one crawl (the row locked, so that one node wins), keeps the claim alive while pages are
 * applied, gives it back when the node stops, and records how it ended. Every call names the node, so a node whose
 * lease ran out cannot go on beside the one that took over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CouncilCrawlRuns {

    /** True when this node may crawl now: due, and nobody else holds the lease. */
    /**
     * How long a claimed crawl may go without applying a page before another node may take over: longer than the
     * slowest page (OparlFetcher: 4 attempts of 30 s with 2 + 4 + 8 s pauses, about 2.3 min).
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    public boolean claimIfDue(Instant now, Duration interval, String node) {
        CouncilCrawl crawl = locked();
        if (crawl == null || !crawl.due(now, interval)) {
            return false;
        }
        crawl.claim(now, LEASE, node);
        return true;
    }

    /** False when the node no longer holds the crawl: it must stop. */
    public boolean renew(Instant now, String node) {
        CouncilCrawl crawl = locked();
        return crawl != null && crawl.renew(now, LEASE, node);
    }

    public void giveBack(String node) {
        CouncilCrawl crawl = locked();
        if (crawl != null) {
            crawl.giveBack(node);
        }
    }

    private CouncilCrawl locked() {
        return em.find(CouncilCrawl.class, CouncilCrawl.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public void finished(String node, Instant now, CrawlResult result) {
        CouncilCrawl crawl = locked();
        crawl.finished(node, now, result);
    }
}
