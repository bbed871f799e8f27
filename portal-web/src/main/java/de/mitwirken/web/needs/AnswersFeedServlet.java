package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.OfficialAnswer;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The city's newest official answers to public needs as Atom, newest first. */
@WebServlet(value = "/feeds/answers.atom", loadOnStartup = 1)
public class AnswersFeedServlet extends FeedServlet {

    /** The public list showing the answered needs, latest answer first. */
    static final String PAGE = "/needs/index.xhtml?status=ANSWERED&sort=RECENTLY_ANSWERED";

    @Inject
    PublicNeeds needs;

    @Override
    protected String name() {
        return "answers";
    }

    @Override
    protected String titleKey() {
        return "needs.feed.answers.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return PAGE;
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        add(feed, needs.recentAnswers(AtomFeed.MAX_ENTRIES));
    }

    static void add(AtomFeed feed, List<OfficialAnswer> answers) {
        for (OfficialAnswer a : answers) {
            String outcome = a.outcome() == null ? "" : feed.label("needs.outcome." + a.outcome().name());
            String summary = a.department() == null || a.department().isBlank()
                    ? feed.label("needs.feed.answer.summary", outcome, a.text())
                    : feed.label("needs.feed.answer.summaryBy", outcome, a.department(), a.text());
            feed.add(new AtomFeed.Item(feed.tag("need-" + a.needId() + "/answer"),
                    feed.label("needs.feed.answer.title", a.needTitle()), summary,
                    feed.url("/needs/need.xhtml?id=" + a.needId()), a.answeredAt(), a.answeredAt()));
        }
    }
}
