package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/needs/index.xhtml", "/needs/index.xhtml?field=MOBILITY&page=2", "/a%20b"})
    void acceptsPathsInsideThePortal(String path) {
        assertEquals(path, LocalPath.parseOrHome(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "needs", "/x\r\nSet-Cookie: a=b", "/x\u0000y", "/ bad path with <>"})
    void refusesEverythingThatCouldLeadElsewhere(String candidate) {
        assertTrue(LocalPath.parse(candidate).isEmpty(), candidate);
        assertEquals("/", LocalPath.parseOrHome(candidate));
    }

    @Test
    void refusesMissingAndOversizedValues() {
        assertTrue(LocalPath.parse(null).isEmpty());
        assertTrue(LocalPath.parse("").isEmpty());
        assertTrue(LocalPath.parse("/" + "a".repeat(2000)).isEmpty());
    }
}
