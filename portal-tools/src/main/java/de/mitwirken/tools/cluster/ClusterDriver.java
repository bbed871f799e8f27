package de.mitwirken.tools.cluster;

import de.mitwirken.tools.RushBenchmark;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load of the cluster proof ({@code ./portal cluster test}, scripts/cluster-test.sh; not part of CI), against
 * the portal front (HAProxy, PORTAL_URL, default http://localhost:8080) for a given time: anonymous visitors
 * browsing the public pages, signed-in citizens submitting needs ({@link Citizen}) and, if asked, a guest
 * registration rush ({@link RushBenchmark#rush}). Every request answered 503 is sent again after Retry-After
 * and counted apart; any other status of 400 or more, or no answer at all, is an error. Afterwards it checks
 * on each given database node that every acknowledged need and registration is stored, that the rush's session
 * is not overbooked, and at the mail catcher that every mail the outbox marked sent arrived exactly once.
 * <p>
 * Options: --seconds S, --public U (visitors), --think-ms T (pause between a visitor's pages), --citizens K,
 * --await-restart (a citizen finishes a half-filled form only after its instance was restarted: events file),
 * --rush A (attempts, 0 none) --seats N --rush-at S --rush-concurrency C, --events FILE, --report FILE
 * (key=value figures for the script), --db HOST:PORT[,HOST:PORT…] (the first also sets up and reads the mails).
 * Environment: PORTAL_URL, KEYCLOAK_URL (http://localhost:8180), KEYCLOAK_ADMIN / KEYCLOAK_ADMIN_PASSWORD
 * (admin/admin), DB_NAME, DB_USER, DB_PASSWORD (the schema owner), MAIL_API (empty: mails not checked).
 * Exit code 1 when a figure that must be zero is not.
 */
public final class ClusterDriver {

    private static final List<String> FIELDS = List.of("ADMINISTRATION", "MOBILITY", "SOCIETY", "ENERGY_ENVIRONMENT");
    private static final List<String> DISTRICTS = List.of("Mitte", "Nord", "Ost", "Süd", "West");
    private static final List<String> TERMS = List.of("Wohngeld", "Personalausweis", "Kita-Platz", "Sperrmüll");

    private ClusterDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
        int visitors = Integer.parseInt(o.getOrDefault("public", "10"));
        long think = Long.parseLong(o.getOrDefault("think-ms", "0"));
        int citizens = Integer.parseInt(o.getOrDefault("citizens", "0"));
        int attempts = Integer.parseInt(o.getOrDefault("rush", "0"));
        int seats = Integer.parseInt(o.getOrDefault("seats", "300"));
        int rushAt = Integer.parseInt(o.getOrDefault("rush-at", "0"));
        int concurrency = Integer.parseInt(o.getOrDefault("rush-concurrency", String.valueOf(Math.max(1, attempts))));
        String base = env("PORTAL_URL", "http://localhost:8080").replaceAll("/+$", "");
        List<String> nodes = List.of(o.getOrDefault("db", "127.0.0.1:3306").split(","));
        String dbName = env("DB_NAME", "mitwirken");
        String dbUser = env("DB_USER", "mitwirken_schema");
        String dbPassword = env("DB_PASSWORD", "mitwirken");
        Events events = new Events(o.containsKey("events") ? Path.of(o.get("events")) : null);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Tally tally = new Tally();
        Ledger ledger = new Ledger();
        Map<String, Object> report = new LinkedHashMap<>();

        Timestamp since;
        List<Long> needIds = new ArrayList<>();
        try (Connection db = Stored.connect(nodes.get(0), dbName, dbUser, dbPassword); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT UTC_TIMESTAMP(6) - INTERVAL 1 SECOND")) {
                r.next();
                since = r.getTimestamp(1);
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM need WHERE listed ORDER BY id DESC LIMIT 500")) {
                while (r.next()) {
                    needIds.add(r.getLong(1));
                }
            }
        }
        List<String> accounts = citizens == 0 ? List.of() : Accounts.ensure(env("KEYCLOAK_URL", "http://localhost:8180"),
                env("KEYCLOAK_ADMIN", "admin"), env("KEYCLOAK_ADMIN_PASSWORD", "admin"), citizens);

        HttpClient http = Browser.client();
        long startMillis = System.currentTimeMillis();
        long deadline = startMillis + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            threads.add(start("visitor-" + i, () -> browse(http, tally, base, needIds, think, deadline)));
        }
        for (int i = 0; i < accounts.size(); i++) {
            Citizen c = new Citizen(http, base, accounts.get(i), Accounts.PASSWORD, i % 2 == 1,
                    o.containsKey("await-restart"), deadline, ledger, events, tally, run);
            threads.add(start("citizen-" + i, c));
            Thread.sleep(200); // not all at Keycloak's door in the same instant
        }
        RushRun rush = null;
        if (attempts > 0) {
            Thread.sleep(Math.max(0, startMillis + rushAt * 1000L - System.currentTimeMillis()));
            rush = rush(base, nodes.get(0), dbName, dbUser, dbPassword, attempts, seats, concurrency, run, events, tally);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.currentTimeMillis() - startMillis) / 1000.0;

        report.put("seconds", String.format("%.1f", elapsed));
        for (String kind : tally.names()) {
            report.put(kind + ".requests", tally.answered(kind));
            report.put(kind + ".rps", String.format("%.1f", tally.answered(kind) / (double) Math.max(1, seconds)));
            report.put(kind + ".p95_ms", String.format("%.0f", tally.p95Millis(kind)));
            report.put(kind + ".retried_503", tally.retried503Count(kind));
            report.put(kind + ".resent_closed", tally.resentClosedCount(kind));
            report.put(kind + ".errors", tally.errors(kind));
            report.put(kind + ".error_causes", tally.errorCauses(kind));
        }
        report.put("errors", tally.totalErrors());
        report.put("retried_503", tally.totalRetried503());
        report.put("resent_closed", tally.totalResentClosed());
        report.put("signins.ok", ledger.signInsOk());
        report.put("signins.failed", ledger.signInsFailed());
        report.put("submissions.acknowledged", ledger.acknowledged().size());
        report.put("submissions.across_restart", ledger.acrossRestart());
        report.put("submissions.lost_across_restart", ledger.lostAcrossRestart());
        report.put("sessions.lost", ledger.lostSessions());
        ledger.lostSamples().forEach(why -> System.out.println("lost session: " + why));
        for (String node : nodes) {
            try (Connection db = Stored.connect(node, dbName, dbUser, dbPassword)) {
                report.put("submissions.missing@" + node, Stored.missingNeeds(db, ledger.acknowledged()));
                if (rush != null) {
                    report.put("rush.registrations_missing@" + node, Stored.missingRegistrations(db, rush.conference,
                            rush.acknowledged()));
                }
            }
        }
        if (rush != null) {
            rush.report(report);
        }
        String mailApi = env("MAIL_API", "");
        if (!mailApi.isEmpty()) {
            try (Connection db = Stored.connect(nodes.get(0), dbName, dbUser, dbPassword)) {
                List<MailLedger.Row> rows = MailLedger.rows(db, since, Duration.ofSeconds(
                        Long.parseLong(env("MAIL_WAIT_SECONDS", "180"))));
                MailLedger.Result mails = MailLedger.compare(rows, MailLedger.inbox(mailApi, rows),
                        a -> a.startsWith("rush-" + run + "-"));
                report.put("mails", mails.line());
                report.put("mails.missing", mails.missing());
                report.put("mails.duplicated", mails.duplicated());
                report.put("mails.unsent", mails.unsent());
                report.put("mails.queued_twice", mails.queuedTwice());
            }
        }
        List<String> failed = mustBeZero(report);
        report.put("must_be_zero.failed", failed.isEmpty() ? "none" : String.join(" ", failed));
        StringBuilder out = new StringBuilder();
        report.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        System.out.print(out);
        if (o.containsKey("report")) {
            Files.writeString(Path.of(o.get("report")), out, StandardCharsets.UTF_8);
        }
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /** The figures that must be zero, by name, of those that are not. */
    static List<String> mustBeZero(Map<String, Object> report) {
        List<String> failed = new ArrayList<>();
        report.forEach((key, value) -> {
            boolean zeroFigure = key.equals("errors") || key.equals("signins.failed") || key.equals("sessions.lost")
                    || key.equals("submissions.lost_across_restart") || key.startsWith("submissions.missing@")
                    || key.startsWith("rush.registrations_missing@") || key.equals("rush.overbooked")
                    || key.equals("mails.missing") || key.equals("mails.duplicated") || key.equals("mails.unsent")
                    || key.equals("mails.queued_twice");
            if (zeroFigure && !String.valueOf(value).equals("0")) {
                failed.add(key + "=" + value);
            }
        });
        return failed;
    }

    /** An anonymous visitor reading public pages until the deadline. */
    private static void browse(HttpClient http, Tally tally, String base, List<Long> needIds, long think, long deadline) {
        Browser browser = new Browser(http, tally);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try {
            while (System.currentTimeMillis() < deadline) {
                String path = switch (r.nextInt(7)) {
                    case 0 -> "/";
                    case 1 -> "/needs/index.xhtml?field=" + FIELDS.get(r.nextInt(FIELDS.size())) + "&district="
                            + java.net.URLEncoder.encode(DISTRICTS.get(r.nextInt(DISTRICTS.size())), StandardCharsets.UTF_8);
                    case 2 -> "/needs/index.xhtml?q=" + java.net.URLEncoder.encode(TERMS.get(r.nextInt(TERMS.size())),
                            StandardCharsets.UTF_8);
                    case 3 -> needIds.isEmpty() ? "/needs/index.xhtml" : "/needs/need.xhtml?id="
                            + needIds.get(r.nextInt(needIds.size()));
                    case 4 -> "/backlog/index.xhtml";
                    case 5 -> "/backlog/kpis.xhtml";
                    default -> "/conference/index.xhtml";
                };
                try {
                    browser.get("public", base + path);
                } catch (Browser.NoAnswer e) {
                    Thread.sleep(200); // counted; the visitor goes on
                }
                if (think > 0) {
                    Thread.sleep(r.nextLong(think / 2, think * 3 / 2 + 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rush's outcome. */
    private record RushRun(long conference, long session, int seats, List<RushBenchmark.Answer> answers, long wallNanos,
                           long held) {

        List<String> acknowledged() {
            return answers.stream().filter(RushBenchmark.Answer::registered).map(RushBenchmark.Answer::email).toList();
        }

        void report(Map<String, Object> report) {
            report.put("rush.attempts", answers.size());
            report.put("rush.confirmed", answers.stream().filter(a -> "CONFIRMED".equals(a.sessionStatus())).count());
            report.put("rush.waitlisted", answers.stream().filter(a -> "WAITLISTED".equals(a.sessionStatus())).count());
            report.put("rush.overbooked", Math.max(0, held - seats));
            report.put("rush.wall_s", String.format("%.1f", wallNanos / 1e9));
            report.put("rush.attempts_per_s", String.format("%.1f", answers.size() / (wallNanos / 1e9)));
        }
    }

    private static RushRun rush(String base, String node, String dbName, String user, String password, int attempts,
            int seats, int concurrency, String run, Events events, Tally tally) throws Exception {
        try (Connection db = Stored.connect(node, dbName, user, password)) {
            long[] created = RushBenchmark.createConference(db, attempts, seats);
            long[] wall = new long[1];
            System.out.printf("rush: %d attempts for %d seats (conference %d)%n", attempts, seats, created[0]);
            events.append("rush-start");
            List<RushBenchmark.Answer> answers = RushBenchmark.rush(List.of(base), "/api/conferences/" + created[0]
                    + "/registrations", created[1], run, attempts, concurrency, wall);
            events.append("rush-end");
            for (RushBenchmark.Answer a : answers) {
                for (int i = 0; i < a.retries(); i++) {
                    tally.retried503("rush");
                }
                if (a.status() < 0) {
                    tally.noAnswer("rush", String.valueOf(a.error()));
                    System.out.printf("no answer (rush) after %d ms of the attempt: %s%n", a.nanos() / 1_000_000, a.error());
                } else {
                    tally.status("rush", a.status(), a.nanos());
                }
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE conf_conference SET published = FALSE WHERE id = " + created[0]);
            }
            return new RushRun(created[0], created[1], seats, answers, wall[0], Stored.seatsHeld(db, created[1]));
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            o.put(key, flag ? "true" : args[++i]);
        }
        return o;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
