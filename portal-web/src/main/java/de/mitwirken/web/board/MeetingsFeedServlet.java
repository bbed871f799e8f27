package de.mitwirken.web.board;

import de.mitwirken.board.boundary.MeetingNews;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The advisory board's meetings as Atom: time, place and status as the public meeting page shows them (no online
 * link, no names), latest change first; an entry is updated when the meeting is invited, moved, cancelled, held
 * or its minutes approved.
 */
@WebServlet(value = "/feeds/meetings.atom", loadOnStartup = 1)
public class MeetingsFeedServlet extends FeedServlet {

    @Inject
    PublicBoard board;

    @Override
    protected String name() {
        return "meetings";
    }

    @Override
    protected String titleKey() {
        return "board.feed.meetings.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return "/board/index.xhtml";
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        add(feed, board.recentMeetings(AtomFeed.MAX_ENTRIES));
    }

    static void add(AtomFeed feed, List<MeetingNews> meetings) {
        for (MeetingNews m : meetings) {
            String status = feed.label("board.meeting.status." + m.status().name());
            String place = m.place() == null || m.place().isBlank() ? "–" : m.place();
            String summary = feed.label("board.feed.meeting.summary", feed.dateTime(m.startsAt()), status, place);
            if (m.cancelReason() != null && !m.cancelReason().isBlank()) {
                summary = summary + " " + feed.label("board.feed.meeting.cancelled", m.cancelReason());
            }
            feed.add(new AtomFeed.Item(feed.tag("meeting-" + m.id()), m.title(), summary,
                    feed.url("/board/meeting.xhtml?id=" + m.id()), m.updated(), null));
        }
    }
}
