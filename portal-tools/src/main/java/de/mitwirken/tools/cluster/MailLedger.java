package de.mitwirken.tools.cluster;

import de.mitwirken.tools.RushMails;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * "Every mail sent exactly once": the outbox rows of the run (created since its start) are waited for until
 * none is pending or being sent; then each row marked SENT must be in its recipient's mailbox at the mail
 * catcher (GreenMail) exactly once, found by the Message-ID the portal gives it (&lt;outbox-ID@mitwirken&gt;,
 * SmtpTransport). A guest of the rush (one address, one registration) must also have only one row.
 */
final class MailLedger {

    /** The figures: rows SENT, delivered once, missing, delivered twice or more, never sent, queued twice. */
    record Result(long sent, long deliveredOnce, long missing, long duplicated, long unsent, long queuedTwice) {

        boolean ok() {
            return missing == 0 && duplicated == 0 && unsent == 0 && queuedTwice == 0;
        }

        String line() {
            return String.format("%d sent: %d delivered once, %d missing, %d duplicated; %d never sent; %d queued twice",
                    sent, deliveredOnce, missing, duplicated, unsent, queuedTwice);
        }
    }

    /** One outbox row of the run. */
    record Row(long id, String recipient, String subject, String status) {
    }

    static String messageId(long outboxId) {
        return "<outbox-" + outboxId + "@mitwirken>";
    }

    /**
     * @param rows the run's outbox rows
     * @param inbox each recipient's Message-IDs at the mail catcher
     * @param oneMailEach the recipients that must have only one row (rush guests)
     */
    static Result compare(List<Row> rows, Map<String, List<String>> inbox, java.util.function.Predicate<String> oneMailEach) {
        long sent = 0, once = 0, missing = 0, duplicated = 0, unsent = 0;
        Map<String, Long> rowsPer = new HashMap<>();
        for (Row row : rows) {
            rowsPer.merge(row.recipient(), 1L, Long::sum);
            if (!row.status().equals("SENT")) {
                unsent++;
                continue;
            }
            sent++;
            String id = messageId(row.id());
            long copies = inbox.getOrDefault(row.recipient(), List.of()).stream().filter(id::equals).count();
            if (copies == 1) {
                once++;
            } else if (copies == 0) {
                missing++;
            } else {
                duplicated++;
            }
        }
        long queuedTwice = rowsPer.entrySet().stream().filter(e -> oneMailEach.test(e.getKey()) && e.getValue() > 1)
                .count();
        return new Result(sent, once, missing, duplicated, unsent, queuedTwice);
    }

    /** Waits (up to patience) until the run's rows are all sent or given up, then reads them. */
    static List<Row> rows(Connection db, Timestamp since, Duration patience) throws SQLException, InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM outbox_mail WHERE created_at >= ?"
                    + " AND status IN ('PENDING', 'SENDING')")) {
                s.setTimestamp(1, since);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
            }
            Thread.sleep(1000);
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, recipient, subject, status FROM outbox_mail"
                + " WHERE created_at >= ?")) {
            s.setTimestamp(1, since);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return rows;
    }

    /** Each recipient's Message-IDs at GreenMail's REST API, eight requests at a time. */
    static Map<String, List<String>> inbox(String mailApi, List<Row> rows) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Map<String, Future<List<String>>> futures = new HashMap<>();
            for (Row row : rows) {
                futures.computeIfAbsent(row.recipient(), a -> pool.submit(() -> messages(http, mailApi, a)));
            }
            Map<String, List<String>> inbox = new HashMap<>();
            for (var e : futures.entrySet()) {
                inbox.put(e.getKey(), e.getValue().get());
            }
            return inbox;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> messages(HttpClient http, String mailApi, String address) throws Exception {
        URI uri = URI.create(mailApi.replaceAll("/+$", "") + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail creates a mailbox with its first mail
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("mail catcher answered " + response.statusCode() + " for " + uri);
        }
        return RushMails.messageIds(response.body());
    }
}
