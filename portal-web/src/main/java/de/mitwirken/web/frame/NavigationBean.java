package de.mitwirken.web.frame;

import de.mitwirken.backlog.boundary.BacklogPermissions;
import de.mitwirken.needs.boundary.NeedsPermissions;
import de.mitwirken.platform.boundary.PlatformPermissions;
import de.mitwirken.platform.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Predicate;

/** The main navigation: public areas for everyone, staff areas for the roles that work there. */
@Named
@RequestScoped
public class NavigationBean {

    /** One entry of the main navigation; who may enter is asked of the capability's permissions, null means public. */
    public record Entry(String labelKey, String path, Predicate<Predicate<String>> mayEnter) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.home", "/index.xhtml", null),
            new Entry("nav.needs", "/needs/index.xhtml", null),
            new Entry("nav.roadmap", "/backlog/index.xhtml", null),
            new Entry("nav.board", "/board/index.xhtml", null),
            new Entry("nav.conference", "/conference/index.xhtml", null),
            new Entry("nav.moderation", "/needs/moderation/index.xhtml", NeedsPermissions::mayModerate),
            new Entry("nav.strategyOffice", "/backlog/manage/dashboard.xhtml", BacklogPermissions::mayManage),
            new Entry("nav.services", "/needs/services/manage.xhtml", NeedsPermissions::mayManageCatalogue),
            new Entry("nav.admin", "/platform/admin/index.xhtml", PlatformPermissions::mayAdminister));

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleBean localeBean;

    /**
     * One link of the navigation as the template shows it: plain properties, because a method call in an expression
     * makes the expression language look the method up anew each time (Class.getMethods) on every page.
     */
    public static final class Link {

        private final String labelKey;
        private final String href;
        private final boolean current;

        Link(String labelKey, String href, boolean current) {
            this.labelKey = labelKey;
            this.href = href;
            this.current = current;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getHref() {
            return href;
        }

        /** aria-current="page": the link of the area being shown. */
        public boolean isCurrent() {
            return current;
        }
    }

    /** Worked out once per request: the template asks for the entries and for each entry's state several times. */
    private List<Entry> entries;
    private Entry current;
    private List<Link> links;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = ENTRIES.stream().filter(e -> e.mayEnter() == null || e.mayEnter().test(currentUser::hasRole))
                    .toList();
        }
        return entries;
    }

    /** The entries this person may enter, as links, the current area's marked. */
    public List<Link> getLinks() {
        if (links == null) {
            links = getEntries().stream()
                    .map(e -> new Link(e.labelKey(), request.getContextPath() + e.path(), isCurrent(e))).toList();
        }
        return links;
    }

    /** aria-current for the entry of the area being shown: the entry whose folder matches the page most closely. */
    public boolean isCurrent(Entry entry) {
        if (current == null) {
            String path = shownPath();
            Entry best = null;
            for (Entry candidate : getEntries()) {
                String folder = folder(candidate);
                boolean matches = "/".equals(folder) ? candidate.path().equals(path) || "/".equals(path)
                        : path.startsWith(folder);
                if (matches && (best == null || folder.length() > folder(best).length())) {
                    best = candidate;
                }
            }
            current = best == null ? NONE : best;
        }
        return entry.equals(current);
    }

    /** "No entry is current" (a page outside every area), so that it is worked out once too. */
    private static final Entry NONE = new Entry("", "", null);

    private static String folder(Entry entry) {
        return entry.path().substring(0, entry.path().lastIndexOf('/') + 1);
    }

    /** Where the sign-in link comes back to: the page being shown. */
    public String getSignInUrl() {
        String path = shownPath();
        String query = request.getQueryString();
        String next = query == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                ? path : path + "?" + query;
        return request.getContextPath() + "/signin?next="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The feedback form of the accessibility statement, told which page the visitor comes from. Only the path
     * goes along: a query may hold a personal link (a ticket's token), which has no place in a feedback mail.
     */
    public String getFeedbackUrl() {
        String page = request.getContextPath() + "/platform/accessibility.xhtml";
        String path = shownPath();
        return page.endsWith(path) ? page + "#feedback" : page + "?from="
                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8) + "#feedback";
    }

    /** The Leichte-Sprache page in German, whatever language is shown (switching the language on the way). */
    public String getEasyGermanUrl() {
        return request.getContextPath() + "/language?to=de&next=%2Fplatform%2Feasy.xhtml";
    }

    /** The link to Leichte Sprache: the page itself on a German page, else by way of the language switch. */
    public String getEasyUrl() {
        return localeBean.getLanguage() == Language.DE ? request.getContextPath() + "/platform/easy.xhtml"
                : getEasyGermanUrl();
    }

    private String shownPath() {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = request.getRequestURI();
        }
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
