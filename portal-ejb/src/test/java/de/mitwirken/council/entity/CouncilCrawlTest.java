package de.mitwirken.council.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster's one crawl: when it is due, that a lease keeps other nodes out, and what a run leaves. */
class CouncilCrawlTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(15);
    static final Duration LEASE = Duration.ofMinutes(5);
    static final String NODE = "node-a";
    static final String OTHER = "node-b";

    @Test
    void aNeverRunCrawlIsDueAndAClaimedOneIsNotUntilItsLeaseRunsOut() {
        CouncilCrawl crawl = new CouncilCrawl();
        assertTrue(crawl.due(T0, INTERVAL));
        crawl.claim(T0, LEASE, NODE);
        assertTrue(crawl.running(T0.plusSeconds(60)));
        assertFalse(crawl.due(T0.plusSeconds(60), Duration.ofSeconds(3)), "another node waits while the lease holds");
        assertTrue(crawl.due(T0.plus(LEASE), Duration.ofSeconds(3)), "a dead node's crawl is taken over");
        assertTrue(crawl.renew(T0.plus(Duration.ofMinutes(4)), LEASE, NODE));
        assertFalse(crawl.due(T0.plus(LEASE), Duration.ofSeconds(3)), "each applied page renews the lease");
        assertFalse(crawl.renew(T0.plus(Duration.ofMinutes(4)), LEASE, OTHER), "only the holder renews");
    }

    @Test
    void aNodeWhoseLeaseRanOutStopsAndLeavesTheFiguresToTheNodeThatTookOver() {
        CouncilCrawl crawl = new CouncilCrawl();
        crawl.claim(T0, LEASE, NODE);
        Instant late = T0.plus(LEASE).plusSeconds(1);
        crawl.claim(late, LEASE, OTHER);
        assertFalse(crawl.renew(late.plusSeconds(1), LEASE, NODE), "the first node must stop");
        crawl.finished(NODE, late.plusSeconds(2), new CrawlResult(1, 1, 1, 0, 0, 0, 0, 0, false, null));
        assertTrue(crawl.running(late.plusSeconds(2)), "the late node's end does not free the other's run");
        assertNull(crawl.lastSuccessAt());
        crawl.finished(OTHER, late.plusSeconds(3), new CrawlResult(3, 3, 3, 0, 0, 0, 0, 0, false, null));
        assertFalse(crawl.running(late.plusSeconds(3)));
        assertEquals(late, crawl.lastSuccessAt());
    }

    @Test
    void aStoppingNodeGivesTheCrawlBackAtOnce() {
        CouncilCrawl crawl = new CouncilCrawl();
        crawl.claim(T0, LEASE, NODE);
        crawl.giveBack(OTHER);
        assertTrue(crawl.running(T0.plusSeconds(1)), "only the holder gives it back");
        crawl.giveBack(NODE);
        assertFalse(crawl.running(T0.plusSeconds(1)));
        assertTrue(crawl.due(T0.plusSeconds(1), INTERVAL), "never finished, so due for the next node at once");
    }

    @Test
    void aFinishedRunIsDueAgainAfterTheIntervalOrWhenAskedFor() {
        CouncilCrawl crawl = new CouncilCrawl();
        crawl.claim(T0, LEASE, NODE);
        crawl.finished(NODE, T0.plusSeconds(30), new CrawlResult(3, 7, 12, 1, 1, 1, 0, 2, false, null));
        assertFalse(crawl.running(T0.plusSeconds(31)));
        assertEquals(T0, crawl.lastSuccessAt());
        assertFalse(crawl.due(T0.plusSeconds(60), INTERVAL));
        assertTrue(crawl.due(T0.plus(INTERVAL), INTERVAL));
        crawl.request();
        assertTrue(crawl.due(T0.plusSeconds(60), INTERVAL), "the admin's crawl now");
        crawl.claim(T0.plusSeconds(60), LEASE, NODE);
        assertFalse(crawl.requested());
    }

    @Test
    void anInterruptedRunIsNoSuccess() {
        CouncilCrawl crawl = new CouncilCrawl();
        crawl.claim(T0, LEASE, NODE);
        crawl.finished(NODE, T0.plusSeconds(30), new CrawlResult(1, 1, 2, 0, 0, 0, 0, 4, true, "503 from the council"));
        assertNull(crawl.lastSuccessAt());
        assertTrue(crawl.last().interrupted());
        assertEquals("503 from the council", crawl.last().problem());
    }

    @Test
    void aPaperDeletedByTheCouncilKeepsWhatWasKnownAndOnlyWebLinksAreKept() {
        CouncilPaper paper = new CouncilPaper("https://rat.example/oparl/paper/1");
        paper.crawled(null, "V/0328/2023", "Digitale Beteiligung", null, null, "javascript:alert(1)", List.of(),
                List.of(new CouncilFile("f1", "Vorlage", null, "application/pdf", "https://rat.example/f/1.pdf", 12L)),
                T0);
        assertNull(paper.webUrl(), "no script link into the portal's pages");
        assertEquals("https://rat.example/f/1.pdf", paper.files().get(0).accessUrl());
        paper.deletedByCouncil(T0.plusSeconds(1));
        assertTrue(paper.deleted());
        assertEquals("V/0328/2023", paper.reference());
        paper.crawled(null, "V/0328/2023", "wieder da", null, null, null, List.of(), List.of(), T0.plusSeconds(2));
        assertFalse(paper.deleted(), "a paper the council restores is no longer marked");
    }

    @Test
    void longTextsAreCutToTheirColumns() {
        CouncilOrganization organization = new CouncilOrganization("o");
        organization.crawled("x".repeat(600), null, T0);
        assertEquals(500, organization.name().length());
    }
}
