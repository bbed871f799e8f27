package de.mitwirken.web.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.OfficialAnswer;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.AtomSchema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The needs and answers feeds on realistic data: valid Atom, the texts and links the reader gets. */
class NeedsFeedsTest {

    private static final String BASE = "http://localhost:8080";

    private static NeedSummary need(long id, String title, StrategyField field, Instant published, boolean hidden) {
        return new NeedSummary(id, title, "Beim Sperrmüll bekommt man derzeit einen festen Termin zugeteilt, oft erst "
                + "nach zwei bis drei Wochen.", field, NeedStatus.PUBLISHED, null, SubmitterType.CITIZEN, null, "Ost", 5,
                1, published, null, null, null, hidden, 0);
    }

    @Test
    void publishedNeedsWithTheirFieldNewestFirstAndNoHiddenOne() {
        AtomFeed feed = new AtomFeed(BASE, Language.DE);
        NeedsFeedServlet.add(feed, List.of(
                need(21, "Sperrmüll online mit Wunschtermin anmelden", StrategyField.ENERGY_ENVIRONMENT,
                        Instant.parse("2026-08-22T13:03:00Z"), false),
                need(57, "Unzumutbare Wartezeiten", StrategyField.ADMINISTRATION, Instant.parse("2026-11-01T10:00:00Z"), true),
                need(23, "Kurzfristige Notfalltermine im Bürgeramt", StrategyField.ADMINISTRATION,
                        Instant.parse("2026-08-29T06:39:00Z"), false)));
        byte[] document = feed.write("needs", feed.label("needs.feed.title"), "/feeds/needs.atom", "/needs/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(document));
        Feed read = AtomSchema.parse(document);
        assertEquals("Anliegen – neu veröffentlicht", read.getTitleEx().getValue());
        assertEquals(2, read.getEntries().size(), "the hidden need stays out");
        Entry newest = read.getEntries().get(0);
        assertEquals("tag:localhost,2024:need-23", newest.getId());
        assertEquals(BASE + "/needs/need.xhtml?id=23", newest.getAlternateLinks().get(0).getHref());
        assertTrue(newest.getSummary().getValue().startsWith("Verwaltung: Beim Sperrmüll"), newest.getSummary().getValue());
        assertEquals(Instant.parse("2026-08-29T06:39:00Z"), read.getUpdated().toInstant());
    }

    @Test
    void theFeedKeepsTheListsFilterButOrdersNewestFirst() {
        NeedFilter list = new NeedFilter(StrategyField.MOBILITY, null, NeedStatus.ANSWERED, null, "Nord", "Bus",
                NeedFilter.Sort.MOST_SUPPORTED, 3);
        NeedFilter feed = NeedsFeedServlet.newestFirst(list);
        assertEquals(NeedFilter.Sort.NEWEST, feed.sort());
        assertEquals(0, feed.page());
        assertEquals(List.of(StrategyField.MOBILITY, NeedStatus.ANSWERED, "Nord", "Bus"),
                List.of(feed.field(), feed.status(), feed.district(), feed.text()));
    }

    @Test
    void answersInEnglishWithOutcomeAndDepartment() {
        AtomFeed feed = new AtomFeed(BASE, Language.EN);
        AnswersFeedServlet.add(feed, List.of(new OfficialAnswer(20, "Geburtsurkunden online bestellen", Outcome.ACCEPTED,
                "Das Standesamt bietet ab dem 1. Dezember 2026 die Online-Bestellung an.", "Standesamt",
                Instant.parse("2026-06-16T10:00:00Z")), new OfficialAnswer(12, "Warteliste", Outcome.MERGED,
                "Zusammengeführt.", null, Instant.parse("2026-10-09T09:00:00Z"))));
        byte[] document = feed.write("answers", feed.label("needs.feed.answers.title"), "/feeds/answers.atom",
                AnswersFeedServlet.PAGE);
        assertEquals(List.of(), AtomSchema.errors(document));
        Feed read = AtomSchema.parse(document);
        assertEquals("tag:localhost,2024:need-12/answer", read.getEntries().get(0).getId());
        Entry accepted = read.getEntries().get(1);
        assertEquals("Answer to: Geburtsurkunden online bestellen", accepted.getTitleEx().getValue());
        assertEquals("Taken into the strategy (Standesamt). Das Standesamt bietet ab dem 1. Dezember 2026 die "
                + "Online-Bestellung an.", accepted.getSummary().getValue());
        assertEquals("Merged with similar needs. Zusammengeführt.", read.getEntries().get(0).getSummary().getValue());
    }
}
