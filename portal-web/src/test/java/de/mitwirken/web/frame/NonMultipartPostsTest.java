package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post that is not multipart has no parts instead of making the container throw. */
class NonMultipartPostsTest {

    @Test
    void aPostThatIsNotMultipartHasNoParts() throws Exception {
        HttpServletRequest seen = passThrough("POST", "application/x-www-form-urlencoded");
        assertTrue(seen instanceof NonMultipartPosts.WithoutParts);
        assertEquals(List.of(), List.copyOf(seen.getParts()));
        assertNull(seen.getPart("submit:files"));
    }

    @Test
    void multipartPostsAndGetsPassUnchanged() throws Exception {
        assertFalse(passThrough("POST", "multipart/form-data; boundary=x") instanceof NonMultipartPosts.WithoutParts);
        assertFalse(passThrough("POST", "Multipart/Form-Data; boundary=x") instanceof NonMultipartPosts.WithoutParts);
        assertFalse(passThrough("GET", null) instanceof NonMultipartPosts.WithoutParts);
    }

    private static HttpServletRequest passThrough(String method, String contentType) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContentType" -> contentType;
                    case "getParts" -> throw new jakarta.servlet.ServletException("not multipart");
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        List<HttpServletRequest> passed = new ArrayList<>();
        new NonMultipartPosts().doFilter(request, (HttpServletResponse) null,
                (req, res) -> passed.add((HttpServletRequest) req));
        assertEquals(1, passed.size());
        return passed.get(0);
    }

    private static ClassLoader getLoader() {
        return NonMultipartPostsTest.class.getClassLoader();
    }
}
