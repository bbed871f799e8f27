package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.AtomFeed;
import de.mitwirken.web.frame.FeedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/** The newest published needs as Atom, filtered as the public list is (same parameters), newest first. */
@WebServlet(value = "/feeds/needs.atom", loadOnStartup = 1)
public class NeedsFeedServlet extends FeedServlet {

    @Inject
    PublicNeeds needs;

    @Override
    protected String name() {
        return "needs";
    }

    @Override
    protected String titleKey() {
        return "needs.feed.title";
    }

    @Override
    protected String pagePath(HttpServletRequest request) {
        return "/needs/index.xhtml" + NeedListBean.query(filterParams(request));
    }

    @Override
    protected String selfPath(HttpServletRequest request) {
        return "/feeds/needs.atom" + NeedListBean.query(filterParams(request));
    }

    @Override
    protected void fill(AtomFeed feed, HttpServletRequest request) {
        NeedFilter filter = newestFirst(NeedParams.filter(request));
        for (int page = 0; page * NeedFilter.PAGE_SIZE < AtomFeed.MAX_ENTRIES; page++) {
            NeedPage result = needs.page(filter.onPage(page));
            add(feed, result.needs());
            if (page + 1 >= result.pages()) {
                break;
            }
        }
    }

    static void add(AtomFeed feed, List<NeedSummary> published) {
        for (NeedSummary n : published) {
            if (n.publishedAt() == null || Boolean.TRUE.equals(n.hidden())) {
                continue; // never listed: nothing to announce
            }
            String field = n.field() == null ? "" : feed.label("needs.field." + n.field().name());
            feed.add(new AtomFeed.Item(feed.tag("need-" + n.id()), n.title(),
                    feed.label("needs.feed.summary", field, n.excerpt()), feed.url("/needs/need.xhtml?id=" + n.id()),
                    n.publishedAt(), n.publishedAt()));
        }
    }

    /** The list's filter, the feed's order: newest first whatever the page was sorted by. */
    static NeedFilter newestFirst(NeedFilter f) {
        return new NeedFilter(f.field(), f.serviceId(), f.status(), f.submitterType(), f.district(), f.text(),
                NeedFilter.Sort.NEWEST, 0);
    }

    /** The filter as URL parameters, without page and order (the feed has its own). */
    static Map<String, String> filterParams(HttpServletRequest request) {
        Map<String, String> params = NeedParams.params(NeedParams.filter(request));
        params.remove("page");
        params.remove("sort");
        return params;
    }
}
