package de.mitwirken.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Each mail sent once" for a rush whose nodes all poll the outbox: waits until none of the run's outbox rows
 * (recipient rush-&lt;run&gt;-…) is pending or being sent, then checks (a) in the database one row per
 * registration, each SENT after exactly one attempt, and (b) at the mail catcher (GreenMail's REST API) exactly
 * one message per registered address and no Message-ID (the outbox row's id) twice. While the rush and the
 * wait run, a watcher samples which nodes hold claims (claimed_by), to show that more than one node sent.
 */
public final class RushMails {

    /** One message of GreenMail's answer (2.1.5 names the key "Message-ID", its API description "messageId"). */
    private static final Pattern MESSAGE_ID = Pattern.compile("\"(?:Message-ID|messageId)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern UID = Pattern.compile("\"uid\"\\s*:");
    private static final String NO_ID = "(no Message-ID)";

    record Outcome(boolean ok, String line, List<String> problems) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String prefix;
    private final String mailApi;
    private final Set<String> claimers = ConcurrentHashMap.newKeySet();
    private volatile boolean watching;
    private Thread watcher;

    RushMails(String jdbcUrl, String user, String password, String prefix, String mailApi) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.prefix = prefix;
        this.mailApi = mailApi.replaceAll("/+$", "");
    }

    private String like() {
        return prefix + "%@example.org";
    }

    /** Samples the run's claims every 200 ms on a connection of its own until {@link #stopWatching()}. */
    void startWatching() {
        watching = true;
        watcher = new Thread(() -> {
            try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                 PreparedStatement s = db.prepareStatement("SELECT DISTINCT claimed_by FROM outbox_mail"
                         + " WHERE recipient LIKE ? AND status = 'SENDING' AND claimed_by IS NOT NULL")) {
                s.setString(1, like());
                while (watching) {
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            claimers.add(r.getString(1));
                        }
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("claim watcher stopped: " + e);
            }
        }, "claim-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    void stopWatching() throws InterruptedException {
        watching = false;
        if (watcher != null) {
            watcher.join(2000);
        }
    }

    /**
     * @param registered the addresses whose registration was accepted (each queued one mail)
     * @param attempted every address of the rush (a refused attempt must not get a mail)
     */
    Outcome check(List<String> registered, List<String> attempted, Duration patience) throws Exception {
        List<String> problems = new ArrayList<>();
        long waitStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            long unsent;
            do {
                unsent = count(db, "SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ?"
                        + " AND status IN ('PENDING', 'SENDING')");
                if (unsent > 0) {
                    Thread.sleep(500);
                }
            } while (unsent > 0 && System.nanoTime() - waitStart < patience.toNanos());
            double waited = (System.nanoTime() - waitStart) / 1e9;
            if (unsent > 0) {
                problems.add(unsent + " mails still unsent after " + patience.toSeconds() + " s");
            }

            // (a) the database: one row per registration, each SENT after exactly one attempt
            Map<String, List<Long>> rows = new HashMap<>();
            Map<String, Long> byOutcome = new TreeMap<>();
            Map<String, Long> templates = new TreeMap<>();
            try (PreparedStatement s = db.prepareStatement("SELECT recipient, id, status, attempts, template"
                    + " FROM outbox_mail WHERE recipient LIKE ?")) {
                s.setString(1, like());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
                        byOutcome.merge(r.getString(3) + " after " + r.getInt(4) + " attempt(s)", 1L, Long::sum);
                        templates.merge(r.getString(5), 1L, Long::sum);
                    }
                }
            }
            long queued = rows.values().stream().mapToLong(List::size).sum();
            long sentOnce = byOutcome.getOrDefault("SENT after 1 attempt(s)", 0L);
            Set<String> registeredSet = new HashSet<>(registered);
            long queuedTwice = rows.values().stream().filter(ids -> ids.size() > 1).count();
            long notQueued = registered.stream().filter(a -> !rows.containsKey(a)).count();
            long unexpected = rows.keySet().stream().filter(a -> !registeredSet.contains(a)).count();
            if (queued != registered.size() || queuedTwice > 0 || notQueued > 0 || unexpected > 0) {
                problems.add(String.format("outbox rows: %d for %d registrations (%d addresses with two or more,"
                        + " %d registrations without, %d rows for refused attempts)", queued, registered.size(),
                        queuedTwice, notQueued, unexpected));
            }
            if (sentOnce != queued) {
                problems.add("outbox outcomes " + byOutcome + " (expected all SENT after 1 attempt)");
            }

            // (b) the mail catcher: one message per registered address, none for a refused one, no Message-ID twice
            Map<String, List<String>> inbox = inboxes(attempted);
            long delivered = inbox.values().stream().mapToLong(List::size).sum();
            long duplicates = inbox.values().stream().filter(ids -> ids.size() > 1).count();
            long missing = registered.stream().filter(a -> inbox.getOrDefault(a, List.of()).isEmpty()).count();
            long toRefused = inbox.entrySet().stream()
                    .filter(e -> !registeredSet.contains(e.getKey()) && !e.getValue().isEmpty()).count();
            Map<String, Long> ids = new HashMap<>();
            inbox.values().forEach(list -> list.stream().filter(id -> !id.equals(NO_ID)).forEach(id -> ids.merge(id, 1L,
                    Long::sum)));
            long idTwice = ids.values().stream().filter(n -> n > 1).count();
            if (duplicates > 0 || idTwice > 0) {
                problems.add(duplicates + " addresses received more than one mail; " + idTwice
                        + " Message-IDs delivered more than once");
            }
            if (missing > 0 || toRefused > 0 || delivered != registered.size()) {
                problems.add(String.format("mail catcher: %d delivered for %d registrations (%d registered addresses"
                        + " without a mail, %d refused attempts with one)", delivered, registered.size(), missing,
                        toRefused));
            }
            String line = String.format("%d queued, %d sent once, %d delivered, %d duplicates; %s; sent by %d"
                    + " node(s) (claims seen); all sent %.0f s after the rush", queued, sentOnce, delivered,
                    duplicates, templates, claimers.size(), waited);
            return new Outcome(problems.isEmpty(), line, problems);
        }
    }

    /** Each address's messages (their Message-IDs) at the mail catcher; eight requests at a time. */
    private Map<String, List<String>> inboxes(List<String> addresses) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Map<String, Future<List<String>>> futures = new HashMap<>();
            for (String address : addresses) {
                futures.put(address, pool.submit(() -> messages(http, address)));
            }
            Map<String, List<String>> result = new HashMap<>();
            for (var e : futures.entrySet()) {
                result.put(e.getKey(), e.getValue().get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> messages(HttpClient http, String address) throws Exception {
        URI uri = URI.create(mailApi + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail creates a mailbox with the first mail: none yet
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("mail catcher answered " + response.statusCode() + " for " + uri + ": "
                    + response.body());
        }
        return messageIds(response.body());
    }

    /**
     * The Message-IDs of GreenMail's message list (a JSON array of objects with uid, Message-ID, subject and the raw
     * MIME text as a JSON string, in which every quote is escaped, so the key patterns cannot match inside it).
     */
    public static List<String> messageIds(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        long messages = UID.matcher(json).results().count();
        while (ids.size() < messages) {
            ids.add(NO_ID); // counted all the same
        }
        return ids;
    }

    private long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, like());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
