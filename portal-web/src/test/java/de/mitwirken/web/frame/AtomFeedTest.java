package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import de.mitwirken.platform.entity.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

    private static final String BASE = "https://mitwirken.example.de";

    private static AtomFeed feed(Language language, int entries) {
        AtomFeed feed = new AtomFeed(BASE + "/", language);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 1; i <= entries; i++) {
            feed.add(new AtomFeed.Item(feed.tag("need-" + i), "Anliegen <" + i + "> & „Termine“",
                    "Mobilität: Busse & Bahnen < 5 min", feed.url("/needs/need.xhtml?id=" + i),
                    start.plusSeconds(3600L * i), start.plusSeconds(3600L * i)));
        }
        return feed;
    }

    @Test
    void aFeedIsValidAtomThatRomeReadsBack() {
        AtomFeed feed = feed(Language.EN, 3);
        byte[] document = feed.write("needs", "Needs", "/feeds/needs.atom?field=MOBILITY", "/needs/index.xhtml?field=MOBILITY");
        assertEquals(List.of(), AtomSchema.errors(document));
        String xml = new String(document, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xml:lang=\"en\""), xml);
        Feed read = AtomSchema.parse(document);
        assertEquals("tag:mitwirken.example.de,2024:feed/needs", read.getId());
        assertEquals("Mitwirken", read.getAuthors().get(0).getName());
        assertEquals(BASE + "/feeds/needs.atom?field=MOBILITY", read.getOtherLinks().get(0).getHref());
        assertEquals("self", read.getOtherLinks().get(0).getRel());
        assertEquals(BASE + "/needs/index.xhtml?field=MOBILITY", read.getAlternateLinks().get(0).getHref());
        assertEquals(Instant.parse("2026-11-01T11:00:00Z"), read.getUpdated().toInstant(), "the newest entry's date");
        Entry newest = read.getEntries().get(0);
        assertEquals("tag:mitwirken.example.de,2024:need-3", newest.getId());
        assertEquals("Anliegen <3> & „Termine“", newest.getTitleEx().getValue(), "text, escaped, not markup");
        assertEquals(BASE + "/needs/need.xhtml?id=3", newest.getAlternateLinks().get(0).getHref());
        assertEquals("Mobilität: Busse & Bahnen < 5 min", newest.getSummary().getValue());
    }

    @Test
    void controlCharactersTypedIntoATextDoNotBreakTheFeed() {
        AtomFeed feed = new AtomFeed(BASE, Language.DE);
        feed.add(new AtomFeed.Item(feed.tag("need-1"), "Bus\u0000linie\u0007 12 \uD83D\uDE8C", "Takt\u001B erhöhen",
                feed.url("/needs/need.xhtml?id=1"), Instant.parse("2026-11-01T08:00:00Z"), null));
        byte[] document = feed.write("needs", "Anliegen", "/feeds/needs.atom", "/needs/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(document));
        Entry entry = AtomSchema.parse(document).getEntries().get(0);
        assertEquals("Buslinie 12 \uD83D\uDE8C", entry.getTitleEx().getValue(), "the emoji stays, the controls go");
        assertEquals("Takt erhöhen", entry.getSummary().getValue());
    }

    @Test
    void atMostFiftyEntriesNewestFirst() {
        Feed read = AtomSchema.parse(feed(Language.DE, 60).write("needs", "Anliegen", "/feeds/needs.atom", "/needs/index.xhtml"));
        assertEquals(AtomFeed.MAX_ENTRIES, read.getEntries().size());
        assertEquals("tag:mitwirken.example.de,2024:need-60", read.getEntries().get(0).getId());
        for (int i = 1; i < read.getEntries().size(); i++) {
            assertFalse(read.getEntries().get(i).getUpdated().after(read.getEntries().get(i - 1).getUpdated()));
        }
    }

    @Test
    void anEmptyFeedIsValidAndKeepsItsDate() {
        byte[] first = feed(Language.DE, 0).write("reports", "Berichte", "/feeds/reports.atom", "/reporting/index.xhtml");
        byte[] second = feed(Language.DE, 0).write("reports", "Berichte", "/feeds/reports.atom", "/reporting/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(first));
        assertEquals(AtomFeed.etag(first), AtomFeed.etag(second), "nothing new, nothing changed");
        assertEquals(AtomFeed.NOTHING_YET, feed(Language.DE, 0).updated());
    }

    @Test
    void theSchemaRefusesWhatIsNoAtom() {
        String noId = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title>"
                + "<updated>2026-01-01T00:00:00Z</updated></feed>";
        assertFalse(AtomSchema.errors(noId.getBytes(StandardCharsets.UTF_8)).isEmpty(), "a feed needs an id");
        String badDate = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>tag:x,2024:y</id><title>x</title>"
                + "<updated>1. Januar 2026</updated></feed>";
        assertFalse(AtomSchema.errors(badDate.getBytes(StandardCharsets.UTF_8)).isEmpty(), "RFC 3339 dates only");
    }

    @Test
    void conditionalRequestsByTagAndByDate() {
        byte[] document = feed(Language.DE, 2).write("needs", "Anliegen", "/feeds/needs.atom", "/needs/index.xhtml");
        String etag = AtomFeed.etag(document);
        Instant updated = feed(Language.DE, 2).updated();
        assertTrue(AtomFeed.notModified(request(Map.of("If-None-Match", etag)), etag, updated));
        assertTrue(AtomFeed.notModified(request(Map.of("If-None-Match", "W/" + etag)), etag, updated));
        assertFalse(AtomFeed.notModified(request(Map.of("If-None-Match", "\"other\"")), etag, updated));
        String date = FakeHttp.httpDate().format(java.util.Date.from(updated));
        assertTrue(AtomFeed.notModified(request(Map.of("If-Modified-Since", date)), etag, updated));
        String before = FakeHttp.httpDate().format(java.util.Date.from(updated.minusSeconds(1)));
        assertFalse(AtomFeed.notModified(request(Map.of("If-Modified-Since", before)), etag, updated));
        assertFalse(AtomFeed.notModified(request(Map.of()), etag, updated));
        byte[] english = feed(Language.EN, 2).write("needs", "Needs", "/feeds/needs.atom", "/needs/index.xhtml");
        assertNotEquals(etag, AtomFeed.etag(english), "one document per language");
    }

    @Test
    void theLanguageIsTheCookieElseTheReadersElseGerman() {
        assertEquals(Language.EN, AtomFeed.languageOf(FakeHttp.request("GET", "/feeds/needs.atom", null, null, null,
                List.of("mitwirken-lang=en"), Map.of("Accept-Language", "de"))));
        assertEquals(Language.EN, AtomFeed.languageOf(withLocales("fr-FR, en;q=0.8", Locale.FRANCE, Locale.ENGLISH)));
        assertEquals(Language.DE, AtomFeed.languageOf(withLocales("fr", Locale.FRENCH)));
        assertEquals(Language.DE, AtomFeed.languageOf(FakeHttp.request("GET", "/feeds/needs.atom", null, null, null,
                List.of(), Map.of())));
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return FakeHttp.request("GET", "/feeds/needs.atom", null, null, null, List.of(), headers);
    }

    private static HttpServletRequest withLocales(String header, Locale... locales) {
        HttpServletRequest plain = FakeHttp.request("GET", "/feeds/needs.atom", null, null, null, List.of(),
                Map.of("Accept-Language", header));
        return (HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(AtomFeedTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> m.getName().equals("getLocales")
                        ? Collections.enumeration(List.of(locales)) : m.invoke(plain, args));
    }
}
