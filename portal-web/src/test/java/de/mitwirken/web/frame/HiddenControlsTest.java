package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form parameters and JSON bodies reach the portal without hidden controls and bidi overrides (issue #26). */
class HiddenControlsTest {

    @Test
    void everyParameterIsCleanedAndOtherwiseKeptAsTyped() {
        Map<String, String[]> raw = Map.of("form:title", new String[] {" Rechnung \u202Egpj.exe\u202C\u0000 "},
                "form:text", new String[] {"eins\r\nzwei\u2066\u2069\t", "\uFEFFdrei"});
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getParameterMap" -> raw;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HiddenControlsFilter.Cleaned cleaned = new HiddenControlsFilter.Cleaned(request);
        assertEquals(" Rechnung gpj.exe ", cleaned.getParameter("form:title"));
        assertArrayEquals(new String[] {"eins\r\nzwei\t", "drei"}, cleaned.getParameterValues("form:text"));
        assertEquals("eins\r\nzwei\t", cleaned.getParameter("form:text"));
        assertNull(cleaned.getParameter("missing"));
        assertNull(cleaned.getParameterValues("missing"));
        assertEquals(List.of("form:text", "form:title"), Collections.list(cleaned.getParameterNames()).stream().sorted().toList());
    }

    @Test
    void jsonStringsLoseThemEvenWhenEscaped() {
        byte[] body = "{\"name\":\"Eve \\u202Egnp.exe\",\"tags\":[\"a\\u0000b\",1,true,null],\"n\\u2066\":{\"x\":\"\u2067y\"}}"
                .getBytes(StandardCharsets.UTF_8);
        String clean = new String(HiddenControlsInJson.cleaned(body), StandardCharsets.UTF_8);
        assertEquals("{\"name\":\"Eve gnp.exe\",\"tags\":[\"ab\",1,true,null],\"n\":{\"x\":\"y\"}}", clean);
    }

    @Test
    void aCleanBodyOrOneThatIsNoJsonPassesUnchanged() {
        byte[] clean = "{\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);
        assertSame(clean, HiddenControlsInJson.cleaned(clean));
        byte[] broken = "{\"name\":\"\u202E".getBytes(StandardCharsets.UTF_8);
        assertSame(broken, HiddenControlsInJson.cleaned(broken));
    }
}
