package de.mitwirken.web.board;

import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationNews;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The advisory board's adopted recommendations as Atom, newest vote first; drafts and rejected ones never. */
@WebServlet(value = "/feeds/recommendations.atom", loadOnStartup = 1)
public class RecommendationsFeedServlet extends FeedServlet {

    @Inject
    PublicBoard board;

    @Override
    protected String name() {
        return "recommendations";
    }

    @Override
    protected String titleKey() {
        return "board.feed.recommendations.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return "/board/index.xhtml";
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        add(feed, board.adoptedRecommendations(AtomFeed.MAX_ENTRIES));
    }

    static void add(AtomFeed feed, List<RecommendationNews> adopted) {
        for (RecommendationNews r : adopted) {
            String to = r.addressee() == null ? "–" : feed.label("board.recommendation.addressee." + r.addressee().name());
            String summary = r.meetingTitle() == null ? feed.label("board.feed.recommendation.summary", to, r.body())
                    : feed.label("board.feed.recommendation.summaryIn", to, r.meetingTitle(), r.body());
            feed.add(new AtomFeed.Item(feed.tag("recommendation-" + r.id()), r.title(), summary,
                    feed.url("/board/recommendation.xhtml?id=" + r.id()), r.votedAt(), r.votedAt()));
        }
    }
}
