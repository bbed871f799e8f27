package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filter over a store of its own, with a "Faces" that renders like PrimeFaces' CSP mode and counts. */
class PageCacheFilterTest {

    private final PageStore store = new PageStore(1_000_000, Duration.ofMinutes(5), System::nanoTime);
    private final PageCacheFilter filter = new PageCacheFilter();
    private final AtomicInteger renderings = new AtomicInteger();
    private String content = "Bedarfe";
    private boolean setsCookie;

    PageCacheFilterTest() {
        filter.cache = new PageCache(store);
    }

    private final FilterChain faces = (req, res) -> {
        renderings.incrementAndGet();
        HttpServletResponse response = (HttpServletResponse) res;
        String nonce = UUID.randomUUID().toString();
        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + nonce + "'");
        response.setContentType("text/html;charset=UTF-8");
        if (setsCookie) {
            response.addCookie(new Cookie("csfcf", "1"));
        }
        HttpServletRequest request = (HttpServletRequest) req;
        String user = request.getUserPrincipal() == null ? "" : "<span>" + request.getUserPrincipal().getName() + "</span>";
        response.getWriter().write("<html><script nonce=\"" + nonce + "\">PrimeFaces.csp.init('" + nonce
                + "');</script><p>" + content + "</p>" + user + "</html>");
    };

    private FakeHttp.Response get(HttpServletRequest request) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        filter.doFilter(request, response.proxy, faces);
        return response;
    }

    @Test
    void twoVisitorsGetTheSameBytesWithoutTheNonceFromOneRendering() throws Exception {
        FakeHttp.Response first = get(FakeHttp.visitor("/needs/index.xhtml"));
        FakeHttp.Response second = get(FakeHttp.visitor("/needs/index.xhtml"));
        assertEquals(1, renderings.get());
        assertEquals("MISS", first.header("X-Page-Cache"));
        assertEquals("HIT", second.header("X-Page-Cache"));
        assertEquals(first.text(), second.text());
        assertFalse(second.text().contains("nonce"), second.text());
        assertTrue(second.text().contains("PrimeFaces.csp.init('')"), second.text());
        String csp = second.header("Content-Security-Policy");
        assertTrue(csp.matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+'"), csp);
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("no-cache", second.header("Cache-Control"));
        assertEquals("text/html;charset=UTF-8", second.contentType);
    }

    @Test
    void aSignedInPersonNeverGetsACachedPage() throws Exception {
        get(FakeHttp.visitor("/needs/index.xhtml"));
        Principal anna = () -> "anna";
        for (int i = 0; i < 2; i++) {
            FakeHttp.Response signedIn = get(FakeHttp.request("GET", "/needs/index.xhtml", null, anna, session(),
                    List.of("JSESSIONID=abc"), Map.of()));
            assertTrue(signedIn.text().contains("<span>anna</span>"), signedIn.text());
            assertNull(signedIn.header("X-Page-Cache"));
            assertTrue(signedIn.header("Content-Security-Policy").contains("'nonce-"), "their own nonce");
        }
        assertEquals(3, renderings.get());
    }

    @Test
    void anyCookieButTheLanguageOrASessionPassesByTheCache() throws Exception {
        get(FakeHttp.visitor("/"));
        get(FakeHttp.visitor("/", "JSESSIONID=stale"));
        get(FakeHttp.visitor("/", "mitwirken-return=%2F"));
        get(FakeHttp.request("GET", "/", null, null, session(), List.of(), Map.of()));
        assertEquals(4, renderings.get());
        get(FakeHttp.visitor("/", "mitwirken-lang=de"));
        assertEquals(4, renderings.get(), "the German copy, which a visitor without cookie got");
    }

    @Test
    void eachLanguageHasItsCopy() throws Exception {
        get(FakeHttp.visitor("/backlog/index.xhtml"));
        content = "Roadmap";
        FakeHttp.Response english = get(FakeHttp.visitor("/backlog/index.xhtml", "mitwirken-lang=en"));
        assertEquals(2, renderings.get());
        assertTrue(english.text().contains("Roadmap"));
        assertTrue(get(FakeHttp.visitor("/backlog/index.xhtml")).text().contains("Bedarfe"));
    }

    @Test
    void afterAChangeThePageIsNew() throws Exception {
        String before = get(FakeHttp.visitor("/needs/need.xhtml")).text();
        content = "Bedarfe, beantwortet";
        store.dropAll(); // what PageCache does when the data version moved
        FakeHttp.Response after = get(FakeHttp.visitor("/needs/need.xhtml"));
        assertEquals("MISS", after.header("X-Page-Cache"));
        assertTrue(after.text().contains("beantwortet"), after.text());
        assertFalse(before.equals(after.text()));
    }

    @Test
    void anUnchangedEtagGets304WithoutRendering() throws Exception {
        String etag = get(FakeHttp.visitor("/board/index.xhtml")).header("ETag");
        FakeHttp.Response again = get(FakeHttp.request("GET", "/board/index.xhtml", null, null, null, List.of(),
                Map.of("If-None-Match", etag)));
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
        assertEquals(etag, again.header("ETag"));
        assertEquals(1, renderings.get());

        FakeHttp.Response other = get(FakeHttp.request("GET", "/board/index.xhtml", null, null, null, List.of(),
                Map.of("If-None-Match", "\"something-else\"")));
        assertEquals(200, other.status);
        assertTrue(other.body.size() > 0);
    }

    @Test
    void anUnchangedDateGets304Too() throws Exception {
        String date = get(FakeHttp.visitor("/conference/index.xhtml")).header("Last-Modified");
        FakeHttp.Response again = get(FakeHttp.request("GET", "/conference/index.xhtml", null, null, null, List.of(),
                Map.of("If-Modified-Since", date)));
        assertEquals(304, again.status);
        assertEquals(1, renderings.get());
    }

    @Test
    void aPageThatSetsACookieIsNotShared() throws Exception {
        setsCookie = true;
        FakeHttp.Response first = get(FakeHttp.visitor("/"));
        get(FakeHttp.visitor("/"));
        assertEquals(2, renderings.get());
        assertNull(first.header("X-Page-Cache"));
        assertTrue(first.header("Content-Security-Policy").contains("'nonce-"), "rendered as ever, with its nonce");
    }

    @Test
    void otherPagesAndMethodsAreNotCached() throws Exception {
        get(FakeHttp.visitor("/platform/profile.xhtml"));
        get(FakeHttp.visitor("/platform/profile.xhtml"));
        get(FakeHttp.request("POST", "/", null, null, null, List.of(), Map.of()));
        get(FakeHttp.request("POST", "/", null, null, null, List.of(), Map.of()));
        assertEquals(4, renderings.get());
    }

    @Test
    void headGetsTheHeadersOfTheCopyWithoutItsBody() throws Exception {
        get(FakeHttp.visitor("/backlog/kpis.xhtml"));
        FakeHttp.Response head = get(FakeHttp.request("HEAD", "/backlog/kpis.xhtml", null, null, null, List.of(),
                Map.of()));
        assertEquals("HIT", head.header("X-Page-Cache"));
        assertEquals(0, head.body.size());
        assertEquals(1, renderings.get());
    }

    @Test
    void theQueryIsPartOfTheAddress() throws Exception {
        get(FakeHttp.request("GET", "/needs/index.xhtml", "page=2", null, null, List.of(), Map.of()));
        get(FakeHttp.request("GET", "/needs/index.xhtml", "page=3", null, null, List.of(), Map.of()));
        get(FakeHttp.request("GET", "/needs/index.xhtml", "page=2", null, null, List.of(), Map.of()));
        assertEquals(2, renderings.get());
    }

    private static HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(PageCacheFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, m, args) -> {
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
