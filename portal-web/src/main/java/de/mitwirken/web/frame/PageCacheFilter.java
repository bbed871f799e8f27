package de.mitwirken.web.frame;

import de.mitwirken.platform.entity.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;

/**
 * Visitors' pages from the {@link PageCache}: an anonymous GET or HEAD of a public page is answered with the
 * copy rendered for the same address and language ({@link PageStore}), or rendered, shared ({@link CachedPage})
 * and kept. A conditional request whose ETag or date still matches gets 304 without rendering. Anything
 * personal passes by the cache: a request with any cookie but the language's (the session of a signed-in
 * person, a flash, a return address), a signed-in caller, and any answer that sets a cookie, opens a session
 * or is not a 200 HTML page. Runs right after the security headers, before the sign-in and consent filters.
 */
@WebFilter(filterName = "PageCacheFilter", urlPatterns = "/*")
public class PageCacheFilter extends PortalFilter {

    /** The public pages (issue #23): home, needs, need, cluster, roadmap, item, KPIs, board, programme. */
    static final Set<String> PUBLIC_PAGES = Set.of("/", "/index.xhtml", "/needs/index.xhtml", "/needs/need.xhtml",
            "/needs/cluster.xhtml", "/backlog/index.xhtml", "/backlog/item.xhtml", "/backlog/kpis.xhtml",
            "/board/index.xhtml", "/conference/index.xhtml");
    static final String STATE = "X-Page-Cache";

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = cache.enabled() ? keyOf(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PageStore store = cache.store();
        CachedPage page = store.find(key);
        if (page != null) {
            send(page, "HIT", request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response); // HEAD without a copy: rendered by the container as ever
            return;
        }
        long generation = store.generation();
        CapturingResponse rendering = new CapturingResponse(response);
        chain.doFilter(request, rendering);
        if (rendering.handedOver()) {
            return;
        }
        CachedPage shared = shareable(request, rendering);
        if (shared == null) {
            passOn(rendering, response);
        } else {
            store.keep(key, shared, generation);
            send(shared, "MISS", request, response);
        }
    }

    /** The key of a request the cache may answer, or null. */
    static String keyOf(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PUBLIC_PAGES.contains(path) || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null || request.getSession(false) != null) {
            return null;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LanguageCookie.NAME.equals(cookie.getName())) {
                    return null;
                }
            }
        }
        String language = LanguageCookie.read(request).orElse(Language.DEFAULT).tag();
        String query = request.getQueryString();
        return PageStore.key(query == null ? path : path + "?" + query, language);
    }

    private static CachedPage shareable(HttpServletRequest request, CapturingResponse rendering) {
        String type = rendering.getContentType();
        if (rendering.status() != HttpServletResponse.SC_OK || rendering.cookieSet()
                || request.getSession(false) != null || type == null || !type.startsWith("text/html")) {
            return null;
        }
        byte[] body = rendering.body();
        return CachedPage.of(new String(body, rendering.charset()), rendering.charset(),
                CachedPage.nonceOf(rendering.noncePolicy()), type, rendering.getHeader("Content-Language"),
                Instant.now());
    }

    private static void passOn(CapturingResponse rendering, HttpServletResponse response) throws IOException {
        if (rendering.noncePolicy() != null) {
            response.addHeader("Content-Security-Policy", rendering.noncePolicy());
        }
        byte[] body = rendering.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void send(CachedPage page, String state, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.filled().toEpochMilli());
        // browsers ask again every time (cheap: 304); the language cookie chooses the copy
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader(STATE, state);
        if (Conditional.notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.addHeader("Content-Security-Policy", page.scriptPolicy());
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }
}
