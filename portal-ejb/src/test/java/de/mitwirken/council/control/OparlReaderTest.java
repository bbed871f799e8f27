package de.mitwirken.council.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading what real servers send: tolerant where the spec allows, strict where an object is unusable. */
class OparlReaderTest {

    @Test
    void deletionsUnknownTypesNonObjectsAndMissingIdsAreToldApart() {
        OparlData.Page page = OparlReader.page(OparlFetcher.parse("test", """
                {"data": [
                  {"id": "https://c.example/paper/1", "type": "https://schema.oparl.org/1.1/Paper", "deleted": true},
                  {"id": "https://c.example/x/1", "type": "https://schema.oparl.org/1.1/Person", "name": "P"},
                  42,
                  {"type": "https://schema.oparl.org/1.1/Paper", "name": "no id"},
                  {"id": "https://c.example/paper/2", "type": "https://schema.oparl.org/1.0/Paper",
                   "consultation": ["https://c.example/consultation/1"], "date": "not a date"}
                ], "links": {}}"""));
        assertEquals(java.util.List.of("https://c.example/paper/1"), page.deleted());
        assertEquals(1, page.unknown());
        assertEquals(2, page.invalid());
        assertEquals(1, page.papers().size(), "OParl 1.0 papers are read too");
        assertTrue(page.papers().get(0).consultations().isEmpty(), "consultations given as URLs are left out");
        assertNull(page.papers().get(0).date(), "a malformed optional field is empty");
    }

    @Test
    void anAnswerThatIsNoJsonObjectOrHasNoDataIsRefused() {
        assertThrows(OparlRefused.class, () -> OparlFetcher.parse("u", "<html>busy</html>"));
        assertThrows(OparlRefused.class, () -> OparlFetcher.parse("u", "[1, 2]"));
        assertThrows(OparlRefused.class, () -> OparlReader.page(OparlFetcher.parse("u", "{\"links\": {}}")));
    }

    @Test
    void theNextPageIsReadFromLinksAndModifiedSinceIsAddedToAnyListUrl() {
        assertEquals("https://c.example/papers?page=2", OparlReader.next(OparlFetcher.parse("u",
                "{\"data\": [], \"links\": {\"next\": \"https://c.example/papers?page=2\"}}")));
        assertNull(OparlReader.next(OparlFetcher.parse("u", "{\"data\": [], \"links\": {}}")));
        assertEquals("https://c.example/papers?body=1&modified_since=2026-12-01T09%3A55%3A00Z",
                OparlCrawl.withParameter("https://c.example/papers?body=1", "modified_since",
                        java.time.Instant.parse("2026-12-01T09:55:00Z")));
    }
}
