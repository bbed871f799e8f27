package de.mitwirken.needs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's page, total and counts from the index, as the database computes them. */
class NeedIndexTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    NeedIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = new NeedIndex(dir, new NeedAnalysis());
        // 25 needs about a bus stop: fields and districts alternate, some answered, services 7 and 8 on some
        for (int i = 1; i <= 25; i++) {
            index.put(new IndexedNeed(i, "Bushaltestelle Nummer " + i, "Die Haltestelle braucht ein Dach.", null,
                    i % 2 == 0 ? StrategyField.MOBILITY : StrategyField.SOCIETY,
                    i % 5 == 0 ? NeedStatus.ANSWERED : NeedStatus.PUBLISHED, SubmitterType.CITIZEN,
                    i % 3 == 0 ? "Nord" : null, i % 4 == 0 ? Set.of(7L, 8L) : Set.of(8L), i,
                    NOW.minusSeconds(1000L * i), i % 5 == 0 ? NOW.minusSeconds(10L * (30 - i)) : null));
        }
        index.put(new IndexedNeed(26, "Etwas anderes", "Ganz anders.", null, StrategyField.MOBILITY,
                NeedStatus.PUBLISHED, SubmitterType.BUSINESS, "Nord", Set.of(7L), 0, NOW, null));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theGenerationIsTheAnsweringSearchersAndMovesOnlyWithWhatSearchesSee() throws IOException {
        long filled = index.generation();
        index.refresh();
        assertEquals(filled, index.generation(), "nothing new: the same searcher answers");
        index.remove(26);
        assertEquals(filled, index.generation(), "not yet refreshed: searches still see need 26");
        index.refresh();
        assertTrue(index.generation() > filled, "the refreshed searcher carries a newer generation");
    }

    @Test
    void countsOfEachDimensionIgnoreItsOwnFilterAndHonourTheOthers() throws IOException {
        NeedIndex.Hits hits = index.page(filter(StrategyField.MOBILITY, null, "Nord", NeedFilter.Sort.RELEVANCE, 0), NOW);
        assertEquals(4, hits.total(), "even and divisible by three: 6, 12, 18, 24");
        assertEquals(Map.of("MOBILITY", 4L, "SOCIETY", 4L), hits.counts().get("field"), "Nord, any field");
        assertEquals(Map.of("Nord", 4L), hits.counts().get("district"), "mobility, any district (none has no count)");
        assertEquals(Map.of("PUBLISHED", 4L), hits.counts().get("status"));
        assertEquals(Map.of("7", 2L, "8", 4L), hits.counts().get("service"));
        NeedIndex.Hits service7 = index.page(new NeedFilter(null, 7L, null, null, null, "Haltestelle", null, 0), NOW);
        assertEquals(6, service7.total());
        assertEquals(Map.of("7", 6L, "8", 25L), service7.counts().get("service"));
        assertEquals(Map.of("MOBILITY", 6L), service7.counts().get("field"));
    }

    @Test
    void pagesFollowTheSortOrderOfTheList() throws IOException {
        NeedIndex.Hits supported = index.page(filter(null, null, null, NeedFilter.Sort.MOST_SUPPORTED, 0), NOW);
        assertEquals(25, supported.total());
        assertEquals(20, supported.ids().size());
        assertEquals(25L, supported.ids().get(0));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L),
                index.page(filter(null, null, null, NeedFilter.Sort.MOST_SUPPORTED, 1), NOW).ids());
        assertEquals(List.of(1L, 2L, 3L), index.page(filter(null, null, null, NeedFilter.Sort.NEWEST, 0), NOW)
                .ids().subList(0, 3));
        assertEquals(List.of(25L, 20L, 15L, 10L, 5L, 1L), index.page(
                filter(null, null, null, NeedFilter.Sort.RECENTLY_ANSWERED, 0), NOW).ids().subList(0, 6));
        assertEquals(List.of(), index.page(filter(null, null, null, NeedFilter.Sort.NEWEST, 2), NOW).ids());
        assertEquals(List.of(5L, 10L), index.page(new NeedFilter(null, null, NeedStatus.ANSWERED, null, null,
                "Haltestelle", NeedFilter.Sort.NEWEST, 0), NOW).ids().subList(0, 2));
    }

    private static NeedFilter filter(StrategyField field, Long service, String district, NeedFilter.Sort sort, int page) {
        return new NeedFilter(field, service, null, null, district, "Haltestelle", sort, page);
    }
}
