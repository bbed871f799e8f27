package de.mitwirken.web.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of an OParl external list: pages, links that keep the filters, the filters, deleted entries. */
class OparlListTest {

    private static final String URL = "https://portal.example/oparl/body/1/people";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static List<OparlList.Entry> entries(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new OparlList.Entry(
                OparlJson.object(URL.replace("people", "person/") + i, "Person").build(),
                T0.plusSeconds(i * 3600L), T0.plusSeconds(i * 3600L + 60), false)).toList();
    }

    private static OparlList.Query query(Map<String, String> parameters) {
        return OparlList.Query.parse(parameters::get);
    }

    @Test
    void pagesOfAtMostHundredWithNextOnEveryPageButTheLast() {
        List<String> seen = new ArrayList<>();
        String next = URL;
        int pages = 0;
        while (next != null) {
            String page = next.contains("page=") ? next.substring(next.indexOf("page=") + 5) : "1";
            JsonObject json = OparlList.page(URL, entries(250), query(Map.of("page", page)));
            assertTrue(json.getJsonArray("data").size() <= 100);
            json.getJsonArray("data").forEach(o -> seen.add(o.asJsonObject().getString("id")));
            assertEquals(3, json.getJsonObject("pagination").getInt("totalPages"));
            assertEquals(250, json.getJsonObject("pagination").getInt("totalElements"));
            next = json.getJsonObject("links").getString("next", null);
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(250, seen.size());
        assertEquals(250, seen.stream().distinct().count(), "no entry twice");
    }

    @Test
    void everyLinkKeepsTheFiltersAndTheLimit() {
        JsonObject json = OparlList.page(URL, entries(30), query(Map.of("modified_since", "2026-01-01T01:00:00+01:00",
                "created_until", "2026-01-02T00:00:00Z", "limit", "5", "omit_internal", "true")));
        JsonObject links = json.getJsonObject("links");
        for (String name : List.of("first", "last", "self", "next")) {
            String link = links.getString(name);
            assertTrue(link.contains("modified_since=2026-01-01T01%3A00%3A00%2B01%3A00"), link);
            assertTrue(link.contains("created_until=2026-01-02T01%3A00%3A00%2B01%3A00"), link);
            assertTrue(link.contains("limit=5") && link.contains("omit_internal=true"), link);
        }
        assertTrue(links.getString("next").endsWith("page=2"));
        assertFalse(links.containsKey("prev"));
    }

    @Test
    void filtersOnCreatedAndModifiedInclusive() {
        // entry i: created T0 + i h, modified 1 min later
        JsonObject json = OparlList.page(URL, entries(10), query(Map.of("created_since", "2026-01-01T03:00:00Z",
                "modified_until", "2026-01-01T05:01:00Z")));
        assertEquals(List.of(URL.replace("people", "person/") + 3, URL.replace("people", "person/") + 4,
                URL.replace("people", "person/") + 5), json.getJsonArray("data").stream()
                .map(v -> v.asJsonObject().getString("id")).toList());
    }

    @Test
    void deletedEntriesOnlyWithModifiedSince() {
        List<OparlList.Entry> all = new ArrayList<>(entries(2));
        all.add(new OparlList.Entry(OparlJson.object(URL + "/gone", "Person").add("deleted", true)
                .add("modified", T0.plusSeconds(99_000)).build(), null, T0.plusSeconds(99_000), true));
        assertEquals(2, OparlList.page(URL, all, query(Map.of())).getJsonArray("data").size());
        JsonObject since = OparlList.page(URL, all, query(Map.of("modified_since", "2026-01-01T00:00:00Z")));
        assertEquals(3, since.getJsonArray("data").size());
        assertTrue(since.getJsonArray("data").getJsonObject(2).getBoolean("deleted"));
        JsonObject after = OparlList.page(URL, all, query(Map.of("modified_since", "2026-01-02T12:00:00Z")));
        assertEquals(0, after.getJsonArray("data").size(), "withdrawn before the client's last crawl");
    }

    @Test
    void malformedParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> query(Map.of("modified_since", "yesterday")));
        assertThrows(IllegalArgumentException.class, () -> query(Map.of("page", "0")));
        assertThrows(IllegalArgumentException.class, () -> query(Map.of("limit", "many")));
        assertEquals(100, query(Map.of("limit", "5000")).limit(), "a larger limit is cut to the page size");
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndHasNoNext() {
        JsonObject json = OparlList.page(URL, entries(3), query(Map.of("page", "7")));
        assertEquals(0, json.getJsonArray("data").size());
        assertFalse(json.getJsonObject("links").containsKey("next"));
    }
}
