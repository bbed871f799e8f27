package de.mitwirken.council.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.council.entity.CrawlResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The crawler against the fixture server: full and incremental runs, faults, resumption. */
class OparlCrawlTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant BEFORE = T0.minus(Duration.ofDays(3));

    OparlFixtureServer council;
    MemoryCouncilStore store;
    String paper1;
    String paper3;

    @BeforeEach
    void council() throws Exception {
        council = new OparlFixtureServer(0);
        store = new MemoryCouncilStore();
        String committee = council.put("organizations", "7", "Organization",
                "\"name\":\"Ausschuss für Digitalisierung\",\"shortName\":\"ADi\",\"unknownThing\":{\"a\":[1,2]}", BEFORE);
        council.put("organizations", "8", "Organization", "\"name\":\"Rat\"", BEFORE);
        council.put("organizations", "9", "Organization", "\"name\":\"Hauptausschuss\"", BEFORE);
        String meeting = council.put("meetings", "21", "Meeting", "\"name\":\"12. Sitzung\","
                + "\"start\":\"2026-11-12T17:00:00+01:00\",\"agendaItem\":[{\"id\":\"" + council.url("/agenda-item/5")
                + "\",\"type\":\"https://schema.oparl.org/1.1/AgendaItem\",\"order\":5,\"number\":\"Ö 5\","
                + "\"result\":\"einstimmig beschlossen\"}]", BEFORE);
        paper1 = council.put("papers", "328", "Paper", "\"name\":\"Digitale Bürgerbeteiligung\","
                + "\"reference\":\"V/0328/2023\",\"date\":\"2026-10-01\",\"paperType\":\"Beschlussvorlage\","
                + "\"web\":\"https://rat.example/vo/328\",\"mainFile\":{\"id\":\"" + council.url("/file/1")
                + "\",\"type\":\"https://schema.oparl.org/1.1/File\",\"accessUrl\":\"https://rat.example/f/1.pdf\","
                + "\"name\":\"Vorlage\",\"mimeType\":\"application/pdf\",\"size\":1234},"
                + "\"consultation\":[{\"id\":\"" + council.url("/consultation/1") + "\",\"type\":"
                + "\"https://schema.oparl.org/1.1/Consultation\",\"meeting\":\"" + meeting + "\",\"agendaItem\":\""
                + council.url("/agenda-item/5") + "\",\"organization\":[\"" + committee + "\"],\"authoritative\":true,"
                + "\"role\":\"Entscheidung\"}],\"futureProperty\":[\"x\"]", BEFORE);
        council.put("papers", "329", "Paper", "\"name\":\"Radwege\",\"reference\":\"V/0329/2023\"", BEFORE);
        paper3 = council.put("papers", "330", "Paper", "\"name\":\"Ohne Datum\"", BEFORE);
        council.put("papers", "331", "FuturePaperKind", "\"name\":\"Unbekannter Typ\"", BEFORE);
        council.putRaw("papers", "broken", "{\"id\":\"" + council.url("/paper/broken")
                + "\",\"type\":\"https://schema.oparl.org/1.1/Paper\",\"name\":42}", BEFORE);
    }

    @AfterEach
    void stop() {
        council.close();
    }

    OparlCrawl crawl(Instant now) {
        return new OparlCrawl(new OparlFetcher(Duration.ofMillis(500), 3, Duration.ofMillis(10)), store,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFullCrawlFollowsEveryPageAndKeepsWhatItUnderstands() {
        CrawlResult figures = crawl(T0).crawl(council.systemUrl());

        assertFalse(figures.interrupted(), figures.toString());
        assertEquals(3, figures.lists());
        assertEquals(3, store.organizations.size());
        assertEquals(3, store.papers.size(), "the unknown type and the invalid paper are left out");
        assertEquals(1, figures.unknown());
        assertEquals(1, figures.invalid());
        // the bodies, 3 organizations and 5 papers in pages of 2 (the fixture ignores any limit), 1 meeting
        assertEquals(1 + 2 + 3 + 1, figures.pages());
        OparlData.Paper paper = store.papers.get(paper1);
        assertEquals("V/0328/2023", paper.reference());
        assertEquals(LocalDate.of(2026, 10, 1), paper.date());
        assertEquals("https://rat.example/f/1.pdf", paper.files().get(0).accessUrl());
        assertEquals(Boolean.TRUE, paper.consultations().get(0).authoritative());
        assertNull(store.papers.get(paper3).date(), "missing optional fields stay empty");
        assertEquals("einstimmig beschlossen", store.meetings.values().iterator().next().agendaItems().get(0).result());
        assertEquals(T0, store.cursor(council.url("/body/1/papers")).lastSuccess());
    }

    @Test
    void theNextRunAsksForChangesSinceAndAppliesDeletions() {
        crawl(T0).crawl(council.systemUrl());
        council.delete(paper1, T0.plus(Duration.ofMinutes(10)));
        council.put("papers", "332", "Paper", "\"name\":\"Neu\",\"reference\":\"V/0332/2026\"",
                T0.plus(Duration.ofMinutes(11)));

        CrawlResult figures = crawl(T0.plus(Duration.ofMinutes(15))).crawl(council.systemUrl());

        assertTrue(store.deleted.contains(paper1));
        assertEquals(1, figures.deleted());
        assertEquals(1, figures.objects(), "only what changed comes again");
        assertTrue(council.requests().stream().anyMatch(r -> r.contains("/papers?modified_since=2026-12-01T09%3A55")),
                council.requests().toString());
        assertEquals(4, store.papers.size());
    }

    @Test
    void aServerErrorOnceIsRetriedAndASlowAnswerTimesOutAndIsRetried() {
        council.failOnce("/body/1/papers", 2, "503");
        council.failOnce("/body/1/organizations", 1, "slow");

        CrawlResult figures = crawl(T0).crawl(council.systemUrl());

        assertFalse(figures.interrupted(), figures.toString());
        assertEquals(2, figures.retries());
        assertEquals(3, store.papers.size());
        assertEquals(3, store.organizations.size());
    }

    @Test
    void aCrawlWhoseNodeStopsOrLosesTheLeaseEndsAfterThePageAndTheNextRunResumesThere() {
        AtomicInteger pages = new AtomicInteger();
        OparlCrawl stopping = new OparlCrawl(new OparlFetcher(Duration.ofMillis(500), 3, Duration.ofMillis(10)),
                store, Clock.fixed(T0, ZoneOffset.UTC), () -> pages.incrementAndGet() < 2);

        CrawlResult first = stopping.crawl(council.systemUrl());

        // asked before each further page: yes after the first organizations page, no after the first papers page
        assertTrue(first.interrupted(), first.toString());
        assertEquals(2, pages.get(), "no page read after the no");
        assertEquals(3, store.organizations.size());
        assertEquals(T0, store.cursor(council.url("/body/1/meetings")).lastSuccess(), "read to its end");
        assertEquals(2, store.papers.size(), "the first papers page is kept");
        assertTrue(store.cursor(council.url("/body/1/papers")).resumeUrl().endsWith("page=2"));

        CrawlResult second = crawl(T0.plus(Duration.ofMinutes(15))).crawl(council.systemUrl());

        assertFalse(second.interrupted(), second.toString());
        assertEquals(3, store.papers.size());
    }

    @Test
    void aCrawlCutOffResumesAtThePageWhereItStoppedAndAppliesNothingTwice() {
        council.failOnce("/body/1/papers", 2, "503");
        OparlCrawl impatient = new OparlCrawl(new OparlFetcher(Duration.ofMillis(500), 1, Duration.ofMillis(10)),
                store, Clock.fixed(T0, ZoneOffset.UTC));

        CrawlResult first = impatient.crawl(council.systemUrl());

        assertTrue(first.interrupted());
        assertEquals(2, store.papers.size(), "the first page is kept, nothing of the second");
        CouncilStore.Cursor cursor = store.cursor(council.url("/body/1/papers"));
        assertNotNull(cursor.resumeUrl());
        assertTrue(cursor.resumeUrl().endsWith("page=2"), cursor.resumeUrl());
        assertNull(cursor.lastSuccess());

        int before = council.requests().size();
        CrawlResult second = crawl(T0.plus(Duration.ofMinutes(15))).crawl(council.systemUrl());

        assertFalse(second.interrupted());
        assertEquals(3, store.papers.size());
        assertTrue(council.requests().subList(before, council.requests().size()).stream()
                .noneMatch(r -> r.endsWith("/body/1/papers")), "the papers are not read from the start again");
        assertEquals(T0, store.cursor(council.url("/body/1/papers")).lastSuccess(),
                "changes since the interrupted run's start are asked for next time");
    }

    @Test
    void aPageOfInvalidJsonIsCountedAndTheListReadAgainNextTime() {
        council.failOnce("/body/1/meetings", 1, "invalid");

        CrawlResult figures = crawl(T0).crawl(council.systemUrl());

        assertEquals(1, figures.failedLists());
        assertTrue(store.meetings.isEmpty());
        assertEquals(3, store.papers.size(), "the other lists go on");
        assertNull(store.cursor(council.url("/body/1/meetings")).lastSuccess());
        crawl(T0).crawl(council.systemUrl());
        assertEquals(1, store.meetings.size());
    }
}
