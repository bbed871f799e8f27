package de.mitwirken.web.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import de.mitwirken.board.boundary.MeetingNews;
import de.mitwirken.board.boundary.RecommendationNews;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.AtomSchema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's recommendations and meetings feeds: valid Atom with what the public pages show. */
class BoardFeedsTest {

    @Test
    void adoptedRecommendationsWithAddresseeAndMeeting() {
        AtomFeed feed = new AtomFeed("https://mitwirken.example.de", Language.DE);
        RecommendationsFeedServlet.add(feed, List.of(new RecommendationNews(1, "Open-Data-Portal ausbauen",
                "Der Beirat empfiehlt, alle nicht personenbezogenen Daten als offene Daten bereitzustellen.",
                Addressee.COUNCIL, "2. Sitzung des Digitalisierungsbeirats", Instant.parse("2025-09-18T15:20:00Z"))));
        byte[] document = feed.write("recommendations", feed.label("board.feed.recommendations.title"),
                "/feeds/recommendations.atom", "/board/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(document));
        Entry entry = AtomSchema.parse(document).getEntries().get(0);
        assertEquals("Open-Data-Portal ausbauen", entry.getTitleEx().getValue());
        assertEquals("An: Rat der Stadt. Beschlossen in: 2. Sitzung des Digitalisierungsbeirats. Der Beirat empfiehlt, "
                + "alle nicht personenbezogenen Daten als offene Daten bereitzustellen.", entry.getSummary().getValue());
        assertEquals("https://mitwirken.example.de/board/recommendation.xhtml?id=1",
                entry.getAlternateLinks().get(0).getHref());
    }

    @Test
    void meetingsWithTimePlaceStatusAndTheReasonOfACancellation() {
        AtomFeed feed = new AtomFeed("https://mitwirken.example.de", Language.EN);
        MeetingsFeedServlet.add(feed, List.of(
                new MeetingNews(5, "5th meeting", Instant.parse("2026-12-10T16:00:00Z"),
                        Instant.parse("2026-12-10T18:00:00Z"), "Rathaus, Raum 101", MeetingStatus.CANCELLED,
                        "Too few members could come", Instant.parse("2026-12-01T09:00:00Z")),
                new MeetingNews(4, "4th meeting", Instant.parse("2026-11-12T16:00:00Z"),
                        Instant.parse("2026-11-12T18:00:00Z"), null, MeetingStatus.INVITED, null,
                        Instant.parse("2026-10-20T09:00:00Z"))));
        byte[] document = feed.write("meetings", feed.label("board.feed.meetings.title"), "/feeds/meetings.atom",
                "/board/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(document));
        Feed read = AtomSchema.parse(document);
        assertEquals("Meetings of the digitalisation advisory board", read.getTitleEx().getValue());
        assertEquals("tag:mitwirken.example.de,2024:meeting-5", read.getEntries().get(0).getId());
        assertEquals(feed.dateTime(Instant.parse("2026-12-10T16:00:00Z")) + " – Cancelled. Place: Rathaus, Raum 101. "
                + "Cancelled because: Too few members could come", read.getEntries().get(0).getSummary().getValue());
        assertEquals(feed.dateTime(Instant.parse("2026-11-12T16:00:00Z")) + " – Invited. Place: –.",
                read.getEntries().get(1).getSummary().getValue());
    }
}
