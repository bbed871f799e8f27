package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.PublicPlans;
import de.mitwirken.backlog.boundary.RoadmapChange;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The roadmap's changes as Atom: status, progress and milestones (added, moved with the reason, reached) of
 * published items, as their public change histories show them, newest first.
 */
@WebServlet(value = "/feeds/roadmap.atom", loadOnStartup = 1)
public class RoadmapFeedServlet extends FeedServlet {

    @Inject
    PublicPlans plans;

    @Override
    protected String name() {
        return "roadmap";
    }

    @Override
    protected String titleKey() {
        return "backlog.feed.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return "/backlog/index.xhtml";
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        add(feed, plans.recentChanges(AtomFeed.MAX_ENTRIES));
    }

    static void add(AtomFeed feed, List<RoadmapChange> changes) {
        for (RoadmapChange c : changes) {
            String title = switch (c.field()) {
                case STATUS -> feed.label("backlog.feed.status", c.itemTitle(), status(feed, c.oldValue()),
                        status(feed, c.newValue()));
                case PROGRESS -> feed.label("backlog.feed.progress", c.itemTitle(), c.newValue());
                case MILESTONE_ADDED -> feed.label("backlog.feed.milestoneAdded", c.itemTitle(), c.subject(),
                        day(feed, c.newValue()));
                case MILESTONE_MOVED -> feed.label("backlog.feed.milestoneMoved", c.itemTitle(), c.subject(),
                        day(feed, c.oldValue()), day(feed, c.newValue()));
                case MILESTONE_REACHED -> feed.label("backlog.feed.milestoneReached", c.itemTitle(), c.subject(),
                        day(feed, c.newValue()));
                default -> null; // the other public fields are the item page's history, not roadmap news
            };
            if (title == null) {
                continue;
            }
            String summary = c.note() == null || c.note().isBlank() ? null : feed.label("backlog.feed.reason", c.note());
            feed.add(new AtomFeed.Item(feed.tag("item-" + c.itemId() + "/change-" + c.id()), title, summary,
                    feed.url("/backlog/item.xhtml?id=" + c.itemId()), c.changedAt(), c.changedAt()));
        }
    }

    private static String status(AtomFeed feed, String name) {
        return name == null || name.isBlank() ? "–" : feed.label("backlog.status." + name);
    }

    /** A stored ISO date as the pages show it; anything else as stored. */
    private static String day(AtomFeed feed, String iso) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            return feed.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
