package de.mitwirken.council.control;

import de.mitwirken.council.entity.CouncilCrawl;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** Claims the cluster's one crawl (the row locked, so that one node wins) and records how it ended. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CouncilCrawlRuns {

    @PersistenceContext
    EntityManager em;

    /** True when this node may crawl now: due, and nobody else holds the lease. */
    public boolean claimIfDue(Instant now, Duration interval) {
        CouncilCrawl crawl = em.find(CouncilCrawl.class, CouncilCrawl.ID, LockModeType.PESSIMISTIC_WRITE);
        if (crawl == null || !crawl.due(now, interval)) {
            return false;
        }
        crawl.claim(now, JpaCouncilStore.LEASE);
        return true;
    }

    public void finished(Instant now, CrawlFigures f) {
        CouncilCrawl crawl = em.find(CouncilCrawl.class, CouncilCrawl.ID, LockModeType.PESSIMISTIC_WRITE);
        crawl.finished(now, f.lists(), f.pages(), f.objects(), f.deleted(), f.invalid(), f.unknown(), f.failedLists(),
                f.retries(), f.interrupted(), f.problem());
    }
}
