package de.mitwirken.web.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.atom.Feed;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.AtomSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Released reports only, with the German title or the English words for the period. */
class ReportsFeedTest {

    private static final ReportSummary RELEASED = new ReportSummary(3, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            2, "Umsetzungsbericht Digitalstrategie 1. Halbjahr 2026", Instant.parse("2026-07-01T08:00:00Z"), "office",
            "ab12", Instant.parse("2026-07-10T09:30:00Z"), "office", true);
    private static final ReportSummary DRAFT = new ReportSummary(4, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
            1, "Entwurf", Instant.parse("2026-12-01T08:00:00Z"), "office", null, null, null, true);

    @Test
    void releasedReportsInBothLanguagesAndNeverADraft() {
        for (Language language : Language.values()) {
            AtomFeed feed = new AtomFeed("https://mitwirken.example.de", language);
            ReportsFeedServlet.add(feed, List.of(DRAFT, RELEASED));
            byte[] document = feed.write("reports", feed.label("reporting.feed.title"), "/feeds/reports.atom",
                    "/reporting/index.xhtml");
            assertEquals(List.of(), AtomSchema.errors(document));
            Feed read = AtomSchema.parse(document);
            assertEquals(1, read.getEntries().size(), "the draft stays out");
            assertEquals("https://mitwirken.example.de/reporting/report.xhtml?id=3",
                    read.getEntries().get(0).getAlternateLinks().get(0).getHref());
            assertEquals(RELEASED.releasedAt(), read.getEntries().get(0).getUpdated().toInstant());
            assertEquals(language == Language.DE ? RELEASED.title() : "Progress report Jan 1, 2026 to Jun 30, 2026",
                    read.getEntries().get(0).getTitleEx().getValue());
        }
    }
}
