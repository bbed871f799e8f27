package de.mitwirken.web.reporting;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The released progress reports as Atom, newest release first; drafts never appear. */
@WebServlet(value = "/feeds/reports.atom", loadOnStartup = 1)
public class ReportsFeedServlet extends FeedServlet {

    @Inject
    ProgressReports reports;

    @Override
    protected String name() {
        return "reports";
    }

    @Override
    protected String titleKey() {
        return "reporting.feed.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return "/reporting/index.xhtml";
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        add(feed, reports.releasedReports());
    }

    static void add(AtomFeed feed, List<ReportSummary> released) {
        for (ReportSummary r : released) {
            if (!r.released()) {
                continue; // the boundary hands out released ones only; a draft must never slip through
            }
            String from = feed.date(r.from());
            String to = feed.date(r.to());
            // the stored title is German; the English reader gets the period in words of the bundle
            String title = feed.language() == Language.DE && r.title() != null ? r.title()
                    : feed.label("reporting.feed.entry", from, to);
            feed.add(new AtomFeed.Item(feed.tag("report-" + r.id()), title,
                    feed.label("reporting.feed.summary", from, to, feed.dateTime(r.releasedAt())),
                    feed.url("/reporting/report.xhtml?id=" + r.id()), r.releasedAt(), r.releasedAt()));
        }
    }
}
