package de.mitwirken.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration rush against a running portal (not part of CI): creates a benchmark conference with one
 * session of {@code seats} seats through SQL, fires {@code attempts} guest registrations choosing that session
 * at once through POST /api/conferences/{id}/registrations, and prints one table: confirmed, waitlisted,
 * errors per status, overbooking (from the database) and throughput and latency.
 * <p>
 * Concurrency: one thread per attempt (a fixed pool of {@code attempts} threads) waiting at one start latch,
 * unless a smaller {@code concurrency} is given: then at most that many requests are in flight and the others
 * start as soon as one finishes. The conference has room for everyone, so the session's seats are the only
 * limit. Afterwards the benchmark conference is unpublished (its rows stay for inspection).
 * <p>
 * A busy node answers 503 with Retry-After (bounded admission, nothing was done): the attempt waits that
 * long plus up to half a second of jitter (so the turned-away do not come back in one wave), out of the
 * in-flight count, and sends the same request again, up to {@value #MAX_RETRIES} times. Such retries are
 * counted in the table, not as errors; the latency rows are those of each attempt's final request, the
 * attempt rows from its first request to its final answer.
 * <p>
 * Several nodes: PORTAL_URLS (comma-separated) spreads the attempts round-robin over them (attempt i goes to
 * node i mod n), and the table gets one line per node. With MAIL_API (the mail catcher's REST API, e.g.
 * http://localhost:8025) it then checks that every registration's mail was sent exactly once ({@link RushMails}).
 * <p>
 * Usage: {@code ./portal rush [--nodes 2] [attempts=2000] [seats=300] [concurrency=attempts]}; environment:
 * PORTAL_URLS or PORTAL_URL (http://localhost:8080), MAIL_API, MAIL_WAIT_SECONDS (120), DB_HOST, DB_PORT,
 * DB_NAME, DB_USER, DB_PASSWORD (the schema owner, as for the data generator). Exit code: 2 overbooked, 3 a
 * mail not sent exactly once, 1 an error answer, else 0.
 */
public final class RushBenchmark {

    private static final Pattern STATUS = Pattern.compile("\"sessions\"\\s*:\\s*\\[\\s*\\{[^}]*\"status\"\\s*:\\s*\"([A-Z]+)\"");

    /**
     * An attempt's final answer: its status, the session's outcome, the time of its last request, the time
     * from its first request to the answer (with the waits before retries) and how often a 503 was retried.
     */
    public record Answer(int node, String email, int status, String sessionStatus, long nanos, long attemptNanos, int retries,
                  String error) {

        public boolean registered() {
            return status == 201;
        }
    }

    static final int MAX_RETRIES = 120;

    private RushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seats = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : attempts;
        if (attempts < 1 || seats < 1 || concurrency < 1) {
            throw new IllegalArgumentException("attempts, seats and concurrency must be positive");
        }
        List<String> bases = Arrays.stream(env("PORTAL_URLS", env("PORTAL_URL", "http://localhost:8080")).split(","))
                .map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.replaceAll("/+$", "")).toList();
        String mailApi = env("MAIL_API", "");
        String url = "jdbc:mariadb://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306") + "/"
                + env("DB_NAME", "mitwirken") + "?sslMode=disable";
        try (Connection db = DriverManager.getConnection(url, env("DB_USER", "mitwirken_schema"),
                env("DB_PASSWORD", "mitwirken"))) {
            long[] created = createConference(db, attempts, seats);
            long conference = created[0];
            long session = created[1];
            System.out.printf("Benchmark conference %d, session %d with %d seats; %d attempts, concurrency %d, %s%n",
                    conference, session, seats, attempts, concurrency, String.join(" + ", bases));
            // the guests' addresses are rush-<run>-<attempt>@example.org: the run's mails are found by that prefix
            String run = UUID.randomUUID().toString().substring(0, 8);
            RushMails mails = mailApi.isEmpty() ? null : new RushMails(url, env("DB_USER", "mitwirken_schema"),
                    env("DB_PASSWORD", "mitwirken"), "rush-" + run + "-", mailApi);
            int exit;
            try {
                long[] wall = new long[1];
                if (mails != null) {
                    mails.startWatching();
                }
                List<Answer> answers = rush(bases, "/api/conferences/" + conference + "/registrations", session, run,
                        attempts, concurrency, wall);
                long heldInDb = value(db, "SELECT COUNT(*) FROM conf_choice WHERE session_id = ?"
                        + " AND status IN ('CONFIRMED', 'OFFERED')", session);
                long counter = value(db, "SELECT taken FROM conf_session WHERE id = ?", session);
                exit = print(answers, bases, seats, heldInDb, counter, wall[0]);
                if (mails != null) {
                    List<String> registered = answers.stream().filter(Answer::registered).map(Answer::email).toList();
                    List<String> all = answers.stream().map(Answer::email).toList();
                    RushMails.Outcome outcome = mails.check(registered, all,
                            Duration.ofSeconds(Long.parseLong(env("MAIL_WAIT_SECONDS", "120"))));
                    System.out.printf(ROW, "mails", outcome.line());
                    outcome.problems().forEach(p -> System.out.println("mail problem: " + p));
                    if (!outcome.ok() && exit != 2) {
                        exit = 3;
                    }
                }
            } finally {
                if (mails != null) {
                    mails.stopWatching();
                }
                update(db, "UPDATE conf_conference SET published = FALSE WHERE id = ?", conference);
            }
            if (exit != 0) {
                System.exit(exit);
            }
        }
    }

    /**
     * The benchmark conference (room for everyone) with one session of {@code seats} seats, published, its
     * registration open: {conference id, session id}. Also used by the cluster proof (tools.cluster).
     */
    public static long[] createConference(Connection db, int attempts, int seats) throws SQLException {
        long conference = insert(db, "INSERT INTO conf_conference (title, description, venue, starts_on, ends_on,"
                + " capacity, taken, registration_opens_at, registration_closes_at, offer_hours, consent_text,"
                + " retention_months, published, created_at, guest_limit_address, guest_limit_network,"
                + " guest_limit_total) VALUES ('Ansturm-Benchmark', 'Created by ./portal rush',"
                + " 'Benchmark', CURRENT_DATE + INTERVAL 500 DAY, CURRENT_DATE + INTERVAL 500 DAY, ?, 0,"
                + " UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 1 DAY, 48, 'Benchmark', 1, TRUE,"
                // all guests come from this one client: the edition's guest limits (issue #26) are set above
                // the attempts, as organisers expecting a rush from one network would set them
                + " UTC_TIMESTAMP(), ?, ?, ?)", attempts * 2L, attempts * 2L, attempts * 2L, attempts * 2L);
        long track = insert(db, "INSERT INTO conf_track (conference_id, name, position) VALUES (?, 'Benchmark', 1)",
                conference);
        insert(db, "INSERT INTO conf_reg_type (conference_id, code, public_signup, quota, taken, opens_at, closes_at)"
                + " VALUES (?, 'participant', TRUE, ?, 0, UTC_TIMESTAMP() - INTERVAL 1 DAY,"
                + " UTC_TIMESTAMP() + INTERVAL 1 DAY)", conference, attempts * 2L);
        long session = insert(db, "INSERT INTO conf_session (conference_id, track_id, kind, title, abstract, room,"
                + " starts_at, ends_at, capacity, taken) VALUES (?, ?, 'WORKSHOP', 'Benchmark-Werkstatt', 'Benchmark',"
                + " 'Raum B', TIMESTAMP(CURRENT_DATE + INTERVAL 500 DAY, '09:00:00'),"
                + " TIMESTAMP(CURRENT_DATE + INTERVAL 500 DAY, '10:00:00'), ?, 0)", conference, track, seats);
        return new long[] {conference, session};
    }

    /** Fires the attempts (see the class comment); wall[0] receives the time from the start signal to the last answer. */
    public static List<Answer> rush(List<String> bases, String path, long session, String run, int attempts,
            int concurrency, long[] wall) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(60)).build();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        Semaphore inFlight = new Semaphore(concurrency, true);
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String who = "rush-" + run + "-" + i;
                String email = who + "@example.org";
                int node = i % bases.size();
                HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(node) + path))
                        .timeout(Duration.ofSeconds(600))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"participant\",\"name\":\"Gast " + who
                                + "\",\"email\":\"" + email + "\",\"organisation\":null,\"group\":\"CITIZENS\","
                                + "\"sessions\":[" + session + "],\"consent\":true,\"language\":\"de\","
                                + "\"accessibilityNeeds\":null,\"dietaryNeeds\":null,\"answers\":{}}"))
                        .build();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return attempt(http, request, node, email, inFlight);
                }));
            }
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads did not get ready in time");
            }
            long start = System.nanoTime();
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(900, TimeUnit.SECONDS));
            }
            wall[0] = System.nanoTime() - start;
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one registration until it is answered other than 503 (or the retries are used up). */
    private static Answer attempt(HttpClient http, HttpRequest request, int node, String email, Semaphore inFlight)
            throws InterruptedException {
        long first = System.nanoTime();
        for (int retries = 0; ; retries++) {
            inFlight.acquire();
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                long now = System.nanoTime();
                return new Answer(node, email, -1, null, now - start, now - first, retries, e.toString());
            } finally {
                inFlight.release();
            }
            long now = System.nanoTime();
            int status = response.statusCode();
            if (status == 503 && retries < MAX_RETRIES) {
                Thread.sleep(retryAfterMillis(response.headers()) + ThreadLocalRandom.current().nextLong(500));
                continue;
            }
            Matcher m = STATUS.matcher(response.body());
            return new Answer(node, email, status, status == 201 && m.find() ? m.group(1) : null, now - start,
                    now - first, retries, status == 201 ? null : abbreviate(response.body()));
        }
    }

    /** Retry-After in seconds (RFC 9110; a date is not sent by the portal), else one second. */
    static long retryAfterMillis(HttpHeaders headers) {
        try {
            return Math.max(0, Long.parseLong(headers.firstValue("Retry-After").orElse("1").strip())) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static final String ROW = "| %-28s | %18s |%n";

    /** Prints the table; returns the exit code so far: 2 overbooked, 1 an error answer, else 0. */
    private static int print(List<Answer> answers, List<String> bases, int seats, long heldInDb, long counter,
            long wallNanos) {
        long confirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.sessionStatus())).count();
        long waitlisted = answers.stream().filter(a -> "WAITLISTED".equals(a.sessionStatus())).count();
        Map<String, Long> errors = errors(answers);
        Map<String, String> samples = new TreeMap<>();
        for (Answer a : answers) {
            if (!a.registered()) {
                samples.putIfAbsent(errorKey(a), a.error());
            }
        }
        long[] ms = answers.stream().mapToLong(a -> a.nanos() / 1_000_000).sorted().toArray();
        long[] attemptMs = answers.stream().mapToLong(a -> a.attemptNanos() / 1_000_000).sorted().toArray();
        long retries = answers.stream().mapToLong(Answer::retries).sum();
        long retried = answers.stream().filter(a -> a.retries() > 0).count();
        double wall = wallNanos / 1e9;
        String row = ROW;
        System.out.println();
        System.out.printf(row, "nodes", bases.size());
        System.out.printf(row, "attempts", answers.size());
        System.out.printf(row, "confirmed (session seats)", confirmed);
        System.out.printf(row, "waitlisted", waitlisted);
        System.out.printf(row, "errors", errors.isEmpty() ? "0" : errors.values().stream().mapToLong(Long::longValue).sum()
                + " " + errors);
        System.out.printf(row, "retries (503, sent again)", retries + " (" + retried + " attempts)");
        System.out.printf(row, "overbooked (db held - seats)", heldInDb - seats);
        System.out.printf(row, "session counter (taken)", counter + (counter == heldInDb ? " = recount" : " != recount " + heldInDb));
        System.out.printf(row, "wall time", String.format("%.2f s", wall));
        System.out.printf(row, "throughput", String.format("%.1f registrations/s", answers.size() / wall));
        System.out.printf(row, "latency p50 / p95", percentile(ms, 50) + " / " + percentile(ms, 95) + " ms");
        System.out.printf(row, "latency p99 / max", percentile(ms, 99) + " / " + ms[ms.length - 1] + " ms");
        System.out.printf(row, "attempt p50 / p95 (retries)", percentile(attemptMs, 50) + " / " + percentile(attemptMs, 95)
                + " ms");
        System.out.printf(row, "attempt p99 / max (retries)", percentile(attemptMs, 99) + " / "
                + attemptMs[attemptMs.length - 1] + " ms");
        if (bases.size() > 1) {
            for (int n = 0; n < bases.size(); n++) {
                int node = n;
                List<Answer> mine = answers.stream().filter(a -> a.node() == node).toList();
                Map<String, Long> nodeErrors = errors(mine);
                System.out.printf(row, "node " + (n + 1) + " " + bases.get(n), String.format(
                        "%d requests: %d confirmed, %d waitlisted, %s errors", mine.size(),
                        mine.stream().filter(a -> "CONFIRMED".equals(a.sessionStatus())).count(),
                        mine.stream().filter(a -> "WAITLISTED".equals(a.sessionStatus())).count(),
                        nodeErrors.isEmpty() ? "0" : nodeErrors.values().stream().mapToLong(Long::longValue).sum()
                                + " " + nodeErrors));
            }
        }
        samples.forEach((status, body) -> System.out.println("first " + status + ": " + body));
        if (heldInDb > seats || counter != heldInDb) {
            System.out.println("OVERBOOKED or counter out of step: this is a bug");
            return 2;
        }
        return errors.isEmpty() ? 0 : 1;
    }

    private static Map<String, Long> errors(List<Answer> answers) {
        Map<String, Long> errors = new TreeMap<>();
        answers.stream().filter(a -> !a.registered()).forEach(a -> errors.merge(errorKey(a), 1L, Long::sum));
        return errors;
    }

    private static String errorKey(Answer a) {
        return a.status() < 0 ? "no answer" : "HTTP " + a.status();
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    private static long value(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no row: " + sql + " " + Arrays.toString(parameters));
                }
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
