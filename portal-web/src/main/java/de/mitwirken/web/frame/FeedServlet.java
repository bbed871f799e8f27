package de.mitwirken.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public Atom feed under /feeds/&lt;name&gt;.atom: the capability's servlet says what its feed is called and which
 * page it stands for and fills it from its boundary's public reads; this class writes and answers it
 * ({@link AtomFeed}). Absolute links use the portal's public address (PORTAL_BASE_URL).
 */
public abstract class FeedServlet extends PortalServlet {

    @Inject
    OidcConfig config;

    /** The feed's name: its address is /feeds/&lt;name&gt;.atom and its id tag:…:feed/&lt;name&gt;. */
    protected abstract String name();

    /** The key of the feed's title in the message bundles. */
    protected abstract String titleKey();

    /** The path of the page the feed stands for (with the query that filters it, if any). */
    protected abstract String pagePath(HttpServletRequest request);

    /** Adds the entries, only public ones. */
    protected abstract void fill(AtomFeed feed, HttpServletRequest request);

    /** The feed's own path; the needs feed keeps its filter in it. */
    protected String selfPath(HttpServletRequest request) {
        return "/feeds/" + name() + ".atom";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AtomFeed feed = new AtomFeed(config.getBaseUrl(), AtomFeed.languageOf(request));
        fill(feed, request);
        byte[] document = feed.write(name(), feed.label(titleKey()), selfPath(request), pagePath(request));
        AtomFeed.send(document, feed.updated(), request, response);
    }
}
