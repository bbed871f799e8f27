package de.mitwirken.web.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import de.mitwirken.backlog.boundary.RoadmapChange;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.AtomSchema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roadmap's changes as the feed tells them: status, progress, milestones with dates and reasons. */
class RoadmapFeedTest {

    private static RoadmapChange change(long id, HistoryField field, String subject, String from, String to,
                                        String note, String at) {
        return new RoadmapChange(id, 7, "Online-Terminvergabe im Bürgeramt", field, subject, from, to, note,
                Instant.parse(at));
    }

    @Test
    void statusProgressAndMilestonesInGerman() {
        AtomFeed feed = new AtomFeed("https://mitwirken.example.de", Language.DE);
        RoadmapFeedServlet.add(feed, List.of(
                change(1, HistoryField.STATUS, null, "PRIORITISED", "IN_PROGRESS", null, "2026-09-01T08:00:00Z"),
                change(2, HistoryField.PROGRESS, null, "20", "40", null, "2026-09-15T08:00:00Z"),
                change(3, HistoryField.MILESTONE_MOVED, "Pilot im Bürgeramt Mitte", "2026-10-01", "2026-11-15",
                        "Lieferverzug der Terminsoftware", "2026-09-20T08:00:00Z"),
                change(4, HistoryField.MILESTONE_REACHED, "Ausschreibung", null, "2026-09-25", null, "2026-09-25T16:00:00Z"),
                change(5, HistoryField.TITLE, null, "Alt", "Neu", null, "2026-09-26T08:00:00Z")));
        byte[] document = feed.write("roadmap", feed.label("backlog.feed.title"), "/feeds/roadmap.atom", "/backlog/index.xhtml");
        assertEquals(List.of(), AtomSchema.errors(document));
        Feed read = AtomSchema.parse(document);
        List<Entry> entries = read.getEntries();
        assertEquals(4, entries.size(), "a changed title is no roadmap news");
        assertEquals("Online-Terminvergabe im Bürgeramt: Meilenstein „Ausschreibung“ erreicht am 25.09.2026",
                entries.get(0).getTitleEx().getValue());
        assertEquals("Online-Terminvergabe im Bürgeramt: Meilenstein „Pilot im Bürgeramt Mitte“ verschoben vom "
                + "01.10.2026 auf den 15.11.2026", entries.get(1).getTitleEx().getValue());
        assertEquals("Begründung: Lieferverzug der Terminsoftware", entries.get(1).getSummary().getValue());
        assertEquals("Online-Terminvergabe im Bürgeramt: Fortschritt 40 %", entries.get(2).getTitleEx().getValue());
        assertNull(entries.get(2).getSummary());
        assertEquals("Online-Terminvergabe im Bürgeramt: Status Priorisiert → In Umsetzung",
                entries.get(3).getTitleEx().getValue());
        assertEquals("tag:mitwirken.example.de,2024:item-7/change-1", entries.get(3).getId());
        assertEquals("https://mitwirken.example.de/backlog/item.xhtml?id=7",
                entries.get(3).getAlternateLinks().get(0).getHref());
    }
}
