package de.mitwirken.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks at the end of a run: mails exactly once, acknowledged writes stored, the figures that must be zero. */
class LedgersTest {

    private static MailLedger.Row row(long id, String to, String status) {
        return new MailLedger.Row(id, to, "Anmeldung", status);
    }

    @Test
    void eachSentMailMustArriveOnceByItsMessageId() {
        List<MailLedger.Row> rows = List.of(row(1, "a@x", "SENT"), row(2, "b@x", "SENT"), row(3, "c@x", "SENT"),
                row(4, "a@x", "SENT"), row(5, "d@x", "PENDING"));
        Map<String, List<String>> inbox = Map.of(
                "a@x", List.of("<outbox-1@mitwirken>", "<outbox-4@mitwirken>", "<outbox-99@mitwirken>"),
                "b@x", List.of("<outbox-2@mitwirken>", "<outbox-2@mitwirken>"), // delivered twice
                "c@x", List.of()); // never arrived

        MailLedger.Result r = MailLedger.compare(rows, inbox, a -> false);

        assertEquals(4, r.sent());
        assertEquals(2, r.deliveredOnce());
        assertEquals(1, r.duplicated());
        assertEquals(1, r.missing());
        assertEquals(1, r.unsent());
        assertFalse(r.ok());
    }

    @Test
    void aGuestOfTheRushWithTwoRowsIsQueuedTwiceButACitizenWithTwoNeedsIsNot() {
        List<MailLedger.Row> rows = List.of(row(1, "rush-r1-7@example.org", "SENT"), row(2, "rush-r1-7@example.org", "SENT"),
                row(3, "cluster-001@example.org", "SENT"), row(4, "cluster-001@example.org", "SENT"));
        Map<String, List<String>> inbox = Map.of(
                "rush-r1-7@example.org", List.of("<outbox-1@mitwirken>", "<outbox-2@mitwirken>"),
                "cluster-001@example.org", List.of("<outbox-3@mitwirken>", "<outbox-4@mitwirken>"));

        MailLedger.Result r = MailLedger.compare(rows, inbox, a -> a.startsWith("rush-r1-"));

        assertEquals(1, r.queuedTwice());
        assertEquals(4, r.deliveredOnce());
        assertFalse(r.ok());
        assertTrue(MailLedger.compare(rows.subList(2, 4), inbox, a -> a.startsWith("rush-r1-")).ok());
    }

    @Test
    void anAcknowledgedNeedIsMissingWhenAbsentOrStoredWithAnotherTitle() {
        Map<Long, String> acknowledged = Map.of(1L, "eins", 2L, "zwei", 3L, "drei");
        assertEquals(2, Stored.missing(acknowledged, Map.of(1L, "eins", 3L, "anders")));
        assertEquals(0, Stored.missing(acknowledged, acknowledged));
    }

    @Test
    void onlyTheMustBeZeroFiguresFailTheRun() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", 0L);
        report.put("retried_503", 17L); // retried 503s are allowed
        report.put("submissions.acknowledged", 40);
        report.put("sessions.lost", 1L);
        report.put("submissions.missing@127.0.0.1:3326", 2L);
        report.put("rush.overbooked", 0L);
        report.put("mails.duplicated", 0L);

        assertEquals(List.of("sessions.lost=1", "submissions.missing@127.0.0.1:3326=2"), ClusterDriver.mustBeZero(report));
    }

    @Test
    void aCitizenWaitsForTheRestartOfItsOwnInstanceOrOfAll() {
        List<String> lines = List.of("1000 up portal-2", "2000 rush-start", "3000 up portal-1", "5000 up all");
        assertEquals(3000, Events.upAfter(lines, "portal-1", 1500));
        assertEquals(5000, Events.upAfter(lines, "portal-2", 1500));
        assertEquals(-1, Events.upAfter(lines, "portal-1", 6000));
    }

    @Test
    void theP95IsTheNearestRankOfTheFinalAnswers() {
        Tally tally = new Tally();
        for (int ms = 1; ms <= 100; ms++) {
            tally.answered("public", ms * 1_000_000L);
        }
        tally.status("public", 500, 1);
        assertEquals(95.0, tally.p95Millis("public"));
        assertEquals(1, tally.totalErrors());
        assertEquals(-1, tally.p95Millis("rush"));
    }

    @Test
    void readsAFormsActionAndHiddenFields() {
        String page = "<form id=\"kc-form-login\" action=\"http://localhost:8180/x?a=1&amp;b=2\" method=\"post\">"
                + "<input type=\"hidden\" name=\"t\" value=\"v&amp;w\"/><input name=\"username\" value=\"\"/></form>";
        Html.Form form = Html.form(page, "kc-form-login");
        assertEquals("http://localhost:8180/x?a=1&b=2", form.action());
        assertEquals(Map.of("t", "v&w"), form.hidden());
    }
}
