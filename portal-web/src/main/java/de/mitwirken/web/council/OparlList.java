package de.mitwirken.web.council;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An OParl external list (spec 2.5): the filters created_since/until and modified_since/until, omit_internal,
 * pages of at most {@value #MAX} with {@code data}, {@code pagination} and {@code links} ({@code next} on every
 * page but the last), every link keeping the filters. Deleted objects appear only when modified_since is given.
 * The entries come in their stable order (by id).
 */
final class OparlList {

    static final int MAX = 100;

    /** One object of a list with the times the filters look at; a deleted one has no creation time. */
    record Entry(JsonObject object, Instant created, Instant modified, boolean deleted) {
    }

    /** The query of a list; {@link #parse} refuses malformed values with an IllegalArgumentException. */
    record Query(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil,
                 boolean omitInternal, int page, int limit) {

        static Query parse(UnaryOperator<String> parameter) {
            return new Query(OparlJson.parseDateTime(parameter.apply("created_since")),
                    OparlJson.parseDateTime(parameter.apply("created_until")),
                    OparlJson.parseDateTime(parameter.apply("modified_since")),
                    OparlJson.parseDateTime(parameter.apply("modified_until")),
                    "true".equalsIgnoreCase(parameter.apply("omit_internal")),
                    number(parameter.apply("page"), 1, Integer.MAX_VALUE, 1),
                    number(parameter.apply("limit"), 1, MAX, MAX));
        }

        private static int number(String text, int min, int max, int absent) {
            if (text == null || text.isBlank()) {
                return absent;
            }
            try {
                int value = Integer.parseInt(text.trim());
                if (value < min) {
                    throw new IllegalArgumentException("below " + min + ": " + text);
                }
                return Math.min(value, max); // a larger limit is allowed to be cut to the server's page size
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + text, e);
            }
        }

        boolean accepts(Entry entry) {
            if (entry.deleted()) {
                return modifiedSince != null && within(entry.modified(), modifiedSince, modifiedUntil);
            }
            return within(entry.created(), createdSince, createdUntil)
                    && within(entry.modified(), modifiedSince, modifiedUntil);
        }

        private static boolean within(Instant time, Instant since, Instant until) {
            if (since == null && until == null) {
                return true;
            }
            return time != null && (since == null || !time.isBefore(since)) && (until == null || !time.isAfter(until));
        }

        /** The parameters every link of the list carries, in a fixed order. */
        Map<String, String> kept() {
            Map<String, String> kept = new LinkedHashMap<>();
            put(kept, "created_since", createdSince);
            put(kept, "created_until", createdUntil);
            put(kept, "modified_since", modifiedSince);
            put(kept, "modified_until", modifiedUntil);
            if (omitInternal) {
                kept.put("omit_internal", "true");
            }
            if (limit != MAX) {
                kept.put("limit", Integer.toString(limit));
            }
            return kept;
        }

        private static void put(Map<String, String> kept, String name, Instant time) {
            if (time != null) {
                kept.put(name, OparlJson.dateTime(time));
            }
        }
    }

    private OparlList() {
    }

    /** The page the query asks for, of the entries (in their stable order) at the list's URL. */
    static JsonObject page(String listUrl, List<Entry> entries, Query query) {
        List<Entry> matching = entries.stream().filter(query::accepts).toList();
        int total = matching.size();
        int pages = Math.max(1, (total + query.limit() - 1) / query.limit());
        int from = (int) Math.min((long) (query.page() - 1) * query.limit(), total);
        int to = Math.min(from + query.limit(), total);
        JsonArrayBuilder data = Json.createArrayBuilder();
        matching.subList(from, to).forEach(e -> data.add(e.object()));
        JsonObjectBuilder links = Json.createObjectBuilder()
                .add("first", link(listUrl, query, 1)).add("last", link(listUrl, query, pages))
                .add("self", link(listUrl, query, query.page()));
        if (query.page() > 1 && query.page() <= pages) {
            links.add("prev", link(listUrl, query, query.page() - 1));
        }
        if (query.page() < pages) {
            links.add("next", link(listUrl, query, query.page() + 1));
        }
        return Json.createObjectBuilder().add("data", data)
                .add("pagination", Json.createObjectBuilder().add("totalElements", total)
                        .add("elementsPerPage", query.limit()).add("currentPage", query.page())
                        .add("totalPages", pages))
                .add("links", links).build();
    }

    static String link(String listUrl, Query query, int page) {
        StringBuilder url = new StringBuilder(listUrl);
        char separator = '?';
        for (Map.Entry<String, String> p : query.kept().entrySet()) {
            url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }
}
