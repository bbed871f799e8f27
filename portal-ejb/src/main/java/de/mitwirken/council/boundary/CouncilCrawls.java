package de.mitwirken.council.boundary;

import de.mitwirken.council.entity.CouncilCrawl;
import de.mitwirken.council.entity.CrawlResult;
import de.mitwirken.council.entity.CouncilPaper;
import de.mitwirken.platform.boundary.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The administrator's view of the council crawl: its progress and figures, and a crawl now. */
@Stateless
@RolesAllowed(CouncilPermissions.ADMINISTER)
public class CouncilCrawls {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.oparl.council-url")
    Optional<String> councilUrl;

    @Inject
    @ConfigProperty(name = "portal.oparl.crawl-seconds", defaultValue = "900")
    int seconds;

    public CrawlStatus status() {
        CouncilCrawl c = em.find(CouncilCrawl.class, CouncilCrawl.ID);
        CrawlResult last = c.last();
        String url = councilUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse(null);
        long papers = em.createNamedQuery(CouncilPaper.COUNT, Long.class).getSingleResult();
        return new CrawlStatus(url != null, url, Math.max(1, Math.min(900, seconds)), c.running(clock.instant()),
                c.requested(), c.startedAt(), c.finishedAt(), c.lastSuccessAt(), last.lists(), last.pages(),
                last.objects(), last.deleted(), last.invalid(), last.unknown(), last.failedLists(), last.retries(),
                last.interrupted(), last.problem(), papers);
    }

    /** Asks for a crawl at the job's next look (within half a minute), on whichever node claims it. */
    public void crawlNow() {
        CouncilCrawl crawl = em.find(CouncilCrawl.class, CouncilCrawl.ID, LockModeType.PESSIMISTIC_WRITE);
        boolean before = crawl.requested();
        crawl.request();
        audit.record("council.crawl.request", "council-crawl", CouncilCrawl.ID, "council crawl asked for now",
                Map.of("requested", before), Map.of("requested", true));
    }
}
