package de.mitwirken.needs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search quality on an index built from a fixture of 29 needs ({@code search-fixture.tsv}): for each query the
 * need that must come first. Compounds, umlaut spellings, plurals, one wrong letter, English, and the ranking
 * (title above body, recent and supported needs above old ones with the same text).
 */
class SearchQualityTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    static Path dir;

    static NeedIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = new NeedIndex(dir, new NeedAnalysis());
        for (IndexedNeed need : fixture()) {
            index.put(need);
        }
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds need {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            Buergeramt                | 1
            Bürgeramt                 | 1
            Termin                    | 1
            Terminvergabe             | 1
            Radweg                    | 3
            Radwege                   | 3
            Baugenehmigungen          | 2
            Bauantrag                 | 2
            Kindertagesstätte         | 5
            Kita                      | 5
            Bibliothek                | 6
            Bibliotehk                | 6
            Oeffnungszeiten           | 6
            Glasfaser                 | 7
            Ladestation               | 13
            Ladesaeulen               | 13
            Schwimbad                 | 12
            Zulasung                  | 10
            Laermschutz               | 15
            Strassenbeleuchtung       | 4
            appointment               | 16
            bike lane                 | 17
            information in English    | 18
            Sozialamt                 | 28
            Wohngeld                  | 19
            Hund                      | 11
            Bürgerbüro                | 26
            Parkausweis verlängern    | 9
            Urkunde bestellen         | 24
            Müll App                  | 8
            """)
    void theRightNeedComesFirst(String query, long expected) throws IOException {
        List<Long> searched = index.page(new de.mitwirken.needs.boundary.NeedFilter(null, null, null, null, null,
                query, de.mitwirken.needs.boundary.NeedFilter.Sort.RELEVANCE, 0), NOW).ids();
        assertFalse(searched.isEmpty(), query + " found nothing in the search");
        assertEquals(expected, searched.get(0), () -> query + " searched found " + searched);
        // the suggestions while typing, once the word is complete (a space typed after it)
        List<Long> typed = index.similar(query + " ", 5, NOW);
        assertFalse(typed.isEmpty(), query + " suggested nothing");
        assertEquals(expected, typed.get(0), () -> query + " suggested " + typed);
    }

    @Test
    void aWordStillBeingTypedIsNoTypo() throws IOException {
        assertTrue(index.similar("Bibliotehk", 5, NOW).isEmpty(), "the last word may be cut short: no typo expansion");
        assertEquals(6L, index.similar("Bibliotehk ", 5, NOW).get(0), "once complete it is corrected");
        assertEquals(6L, index.similar("Bibliotehk Oeffnungs", 5, NOW).get(0), "an earlier word is corrected at once");
    }

    @Test
    void stopWordsAloneFindNothing() throws IOException {
        assertTrue(index.similar("und die der", 5, NOW).isEmpty());
    }

    @Test
    void aRemovedNeedIsNotFoundAnyMore() throws IOException {
        IndexedNeed extra = need(99, 1, 0, StrategyField.SOCIETY, "Mitte", "Trinkbrunnen aufstellen", "Im Sommer fehlt Wasser.");
        index.put(extra);
        index.refresh();
        assertEquals(List.of(99L), index.similar("Trinkbrunnen", 5, NOW));
        index.remove(99);
        index.refresh();
        assertTrue(index.similar("Trinkbrunnen", 5, NOW).isEmpty());
    }

    static List<IndexedNeed> fixture() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchQualityTest.class.getResourceAsStream("search-fixture.tsv"), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).map(c -> need(
                    Long.parseLong(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), StrategyField.valueOf(c[3]),
                    c[4], c[5], c[6])).toList();
        }
    }

    static IndexedNeed need(long id, int days, int supports, StrategyField field, String district, String title,
                            String description) {
        return new IndexedNeed(id, title, description, null, field, NeedStatus.PUBLISHED, SubmitterType.CITIZEN, district,
                Set.of(), supports, NOW.minus(Duration.ofDays(days)), null);
    }
}
