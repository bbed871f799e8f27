package de.mitwirken.council.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A council's OParl server for the tests (also for the EAR's, through the test-jar: the test domain crawls it at
 * localhost:28090, scripts/test.sh), written from the spec's shapes: System → bodies → a body with the
 * external lists organizations, meetings and papers, paged by PAGE_SIZE whatever `limit` asks, with
 * modified_since (listing deletions then) kept in the next links. Faults can be planted: a 503, a slow answer,
 * invalid JSON, each once for a path and page.
 */
public class OparlFixtureServer implements AutoCloseable {

    static final int PAGE_SIZE = 2;

    record Entry(String list, String id, String json, Instant modified, boolean deleted) {
    }

    private final HttpServer server;
    private final String base;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> faults = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    final AtomicInteger slowMillis = new AtomicInteger(1500);

    public OparlFixtureServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        base = "http://localhost:" + server.getAddress().getPort() + "/oparl";
        server.createContext("/oparl", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String systemUrl() {
        return base;
    }

    public String url(String path) {
        return base + path;
    }

    /** Puts (or replaces) an object of a list ("organizations", "meetings", "papers"); json without id/type. */
    public synchronized String put(String list, String key, String type, String fields, Instant modified) {
        String id = base + "/" + type.toLowerCase() + "/" + key;
        String json = "{\"id\":\"" + id + "\",\"type\":\"https://schema.oparl.org/1.1/" + type + "\","
                + "\"modified\":\"" + modified + "\"" + (fields.isBlank() ? "" : "," + fields) + "}";
        entries.put(id, new Entry(list, id, json, modified, false));
        return id;
    }

    /** Puts something that is not a valid object (counted as invalid by the client). */
    public synchronized void putRaw(String list, String id, String json, Instant modified) {
        entries.put(id, new Entry(list, id, json, modified, false));
    }

    public synchronized void delete(String id, Instant modified) {
        Entry e = entries.get(id);
        String type = e.json().replaceAll("(?s).*\"type\":\"([^\"]+)\".*", "$1");
        entries.put(id, new Entry(e.list(), id, "{\"id\":\"" + id + "\",\"type\":\"" + type
                + "\",\"deleted\":true,\"modified\":\"" + modified + "\"}", modified, true));
    }

    /** The next request of path with this page number (1-based) fails in the given way: "503", "slow", "invalid". */
    public void failOnce(String listPath, int page, String how) {
        faults.put(listPath + "#" + page, how);
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/oparl".length());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        synchronized (this) {
            requests.add(exchange.getRequestURI().toString());
        }
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        String fault = faults.remove(path + "#" + page);
        if ("503".equals(fault)) {
            send(exchange, 503, "{\"error\":\"busy\"}");
            return;
        }
        if ("slow".equals(fault)) {
            try {
                Thread.sleep(slowMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if ("invalid".equals(fault)) {
            send(exchange, 200, "{\"data\": [ {\"id\": ");
            return;
        }
        String body = switch (path) {
            case "", "/" -> "{\"id\":\"" + base + "\",\"type\":\"https://schema.oparl.org/1.1/System\","
                    + "\"oparlVersion\":\"https://schema.oparl.org/1.1/\",\"body\":\"" + base + "/bodies\","
                    + "\"vendorSpecific\":{\"x\":1}}";
            case "/bodies" -> "{\"data\":[{\"id\":\"" + base + "/body/1\",\"type\":\"https://schema.oparl.org/1.1/Body\","
                    + "\"name\":\"Stadt Musterstadt\",\"organization\":\"" + base + "/body/1/organizations\","
                    + "\"person\":\"" + base + "/body/1/people\",\"meeting\":\"" + base + "/body/1/meetings\","
                    + "\"paper\":\"" + base + "/body/1/papers\",\"legislativeTerm\":[]}],"
                    + "\"pagination\":{},\"links\":{}}";
            case "/body/1/organizations", "/body/1/meetings", "/body/1/papers" -> list(path, query, page);
            default -> object(base + path);
        };
        if (body == null) {
            send(exchange, 404, "{}");
        } else {
            send(exchange, 200, body);
        }
    }

    private synchronized String object(String id) {
        Entry e = entries.get(id);
        return e == null || e.deleted() ? null : e.json();
    }

    private synchronized String list(String path, Map<String, String> query, int page) {
        String list = path.substring(path.lastIndexOf('/') + 1);
        Instant since = query.containsKey("modified_since") ? OffsetDateTime.parse(query.get("modified_since")).toInstant()
                : null;
        List<Entry> matching = entries.values().stream().filter(e -> e.list().equals(list))
                .filter(e -> since == null ? !e.deleted() : !e.modified().isBefore(since)).toList();
        int from = (page - 1) * PAGE_SIZE;
        List<Entry> slice = matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size()));
        StringBuilder json = new StringBuilder("{\"data\":[");
        json.append(slice.stream().map(Entry::json).collect(Collectors.joining(",")));
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        json.append("],\"pagination\":{\"totalElements\":").append(matching.size()).append(",\"elementsPerPage\":")
                .append(PAGE_SIZE).append(",\"currentPage\":").append(page).append(",\"totalPages\":").append(pages)
                .append("},\"links\":{");
        if (page < pages) {
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("page", String.valueOf(page + 1));
            json.append("\"next\":\"").append(base).append(path).append('?').append(next.entrySet().stream()
                    .map(q -> q.getKey() + "=" + java.net.URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"))).append('"');
        }
        return json.append("}}").toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up on a slow answer: nothing to tell it
        } finally {
            exchange.close();
        }
    }

    /** Lists the fixture knows (for assertions). */
    public synchronized Set<String> ids() {
        return entries.keySet();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
