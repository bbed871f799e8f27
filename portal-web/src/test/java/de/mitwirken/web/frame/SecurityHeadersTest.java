package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One Content-Security-Policy, no 'unsafe-inline' for scripts; HSTS only over HTTPS (issue #26). */
class SecurityHeadersTest {

    private final SecurityHeaders headers = SecurityHeaders.forProvider("https://id.example.org/realms/mitwirken");

    @Test
    void thePolicyAllowsOnlyThePortalsOwnScripts() {
        String policy = headers.headers().get("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(scriptSrc(policy).contains("unsafe"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        assertTrue(policy.endsWith("form-action 'self' https://id.example.org"), policy);
    }

    @Test
    void primeFacesNoncePolicyIsMergedIntoTheOneHeader() {
        FakeHttp.Response response = new FakeHttp.Response();
        HttpServletResponse one = headers.oneFor(response.proxy);
        headers.apply(one, false);
        one.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-q0+Z/w=='");
        List<String> policies = response.headers.get("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertEquals("script-src 'self' 'nonce-q0+Z/w=='", scriptSrc(policies.get(0)));
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"));
        // the page cache's hashes likewise; a keyword smuggled in is dropped
        one.addHeader("Content-Security-Policy", "script-src 'self' 'sha256-AbC+/=' 'unsafe-inline' https://evil");
        assertEquals("script-src 'self' 'sha256-AbC+/='", scriptSrc(response.headers.get("Content-Security-Policy").get(0)));
        assertEquals(1, response.headers.get("Content-Security-Policy").size());
    }

    @Test
    void otherHeadersPassAsTheyAre() {
        FakeHttp.Response response = new FakeHttp.Response();
        HttpServletResponse one = headers.oneFor(response.proxy);
        one.addHeader("Set-Cookie", "a=1");
        one.addHeader("Set-Cookie", "b=2");
        assertEquals(List.of("a=1", "b=2"), response.headers.get("Set-Cookie"));
    }

    @Test
    void hstsOnlyOverHttps() {
        FakeHttp.Response plain = new FakeHttp.Response();
        headers.apply(plain.proxy, false);
        assertNull(plain.header("Strict-Transport-Security"));
        FakeHttp.Response secure = new FakeHttp.Response();
        headers.apply(secure.proxy, true);
        assertEquals("max-age=31536000; includeSubDomains", secure.header("Strict-Transport-Security"));
    }

    @Test
    void xForwardedProtoCountsOnlyWhenThePortalIsToldItSitsBehindAProxy() {
        var forwarded = FakeHttp.request("GET", "/", null, null, null, List.of(), Map.of("X-Forwarded-Proto", "https"));
        assertFalse(FrontDoor.isHttps(forwarded, false), "a client could send the header itself");
        assertTrue(FrontDoor.isHttps(forwarded, true));
        var plain = FakeHttp.request("GET", "/", null, null, null, List.of(), Map.of("X-Forwarded-Proto", "http"));
        assertFalse(FrontDoor.isHttps(plain, true));
        var none = FakeHttp.request("GET", "/", null, null, null, List.of(), Map.of());
        assertFalse(FrontDoor.isHttps(none, true));
        var appended = FakeHttp.request("GET", "/", null, null, null, List.of(),
                Map.of("X-Forwarded-Proto", "https, http"));
        assertFalse(FrontDoor.isHttps(appended, true), "the proxy's own value is the last");
    }

    private static String scriptSrc(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive.strip();
            }
        }
        return "";
    }
}
