package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.boundary.Notifier;
import de.mitwirken.platform.boundary.RateLimiter;
import de.mitwirken.platform.boundary.Retention;
import de.mitwirken.platform.boundary.RetentionRule;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.control.DigestJob;
import de.mitwirken.platform.control.OutboxStore;
import de.mitwirken.platform.entity.IdentityClaims;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.MailMode;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server, against MariaDB: outbox transactions and claims, append-only audit, rate limits, retention, digest. */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class TrustServicesIT {

    private static final MailTemplate TEST_MAIL = new MailTemplate("de.mitwirken.platform.mails", "platform.test");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(TrustServicesIT.class);
    }

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    AuditLog audit;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Retention retention;

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    IdentityFacade identity;

    @Inject
    Notifier notifier;

    @Inject
    DigestJob digests;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "jdbc/portal")
    DataSource app;

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;

    @Test
    void aMailOfARolledBackChangeDoesNotExistAndOneOfACommittedChangeDoes() throws Exception {
        String rolledBack = "rollback-" + UUID.randomUUID() + "@example.org";
        tx.begin();
        outbox.enqueue(MailRequest.of(rolledBack, Language.DE, TEST_MAIL, Map.of("requestedBy", "test")));
        tx.rollback();
        assertEquals(0, mailsTo(rolledBack));

        String committed = "commit-" + UUID.randomUUID() + "@example.org";
        tx.begin();
        outbox.enqueue(MailRequest.of(committed, Language.EN, TEST_MAIL, Map.of("requestedBy", "test")));
        tx.commit();
        assertEquals(1, mailsTo(committed));
    }

    @Test
    void enqueuingOutsideATransactionIsRefused() {
        assertThrows(Exception.class, () -> outbox.enqueue(MailRequest.of("x@example.org", Language.DE, TEST_MAIL,
                Map.of("requestedBy", "test"))));
    }

    @Test
    void parallelSendersNeverClaimTheSameMail() throws Exception {
        tx.begin();
        for (int i = 0; i < 60; i++) {
            outbox.enqueue(MailRequest.of("claim-" + i + "-" + UUID.randomUUID() + "@example.org", Language.DE,
                    TEST_MAIL, Map.of("requestedBy", "test")));
        }
        tx.commit();
        // six "nodes" claim at once, while the real sender of this server claims too
        List<Parallel.Outcome<List<Long>>> outcomes = Parallel.run(6, () -> store.claimDue());
        List<Long> all = new ArrayList<>();
        for (Parallel.Outcome<List<Long>> outcome : outcomes) {
            assertTrue(outcome.succeeded(), () -> "claim failed: " + outcome.failure());
            all.addAll(outcome.value());
        }
        Set<Long> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "a mail was claimed twice: " + all);
        assertTrue(all.size() > 0);
        all.forEach(store::delivered); // as if sent, so they do not linger in the outbox
    }

    @Test
    void theApplicationCannotChangeOrDeleteAuditEntriesAndNobodyCanThroughTheTriggers() throws Exception {
        String marker = "audit-test-" + UUID.randomUUID();
        tx.begin();
        audit.record("test.append-only", "test", 1, marker, Map.of("state", "before"), Map.of("state", "after"));
        tx.commit();
        long id;
        try (Connection c = app.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, actor_username FROM audit_entry WHERE summary = ?")) {
            ps.setString(1, marker);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                id = rs.getLong(1);
                assertEquals("system", rs.getString(2), "no signed-in caller: recorded as the system");
            }
        }
        for (DataSource source : List.of(app, owner)) {
            try (Connection c = source.getConnection(); Statement sql = c.createStatement()) {
                assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE audit_entry SET summary = 'forged' WHERE id = " + id));
                assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_entry WHERE id = " + id));
            }
        }
        try (Connection c = app.getConnection(); Statement sql = c.createStatement();
             ResultSet grants = sql.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
            while (grants.next()) {
                String grant = grants.getString(1);
                if (grant.contains("`audit_entry`")) {
                    assertFalse(grant.contains("UPDATE") || grant.contains("DELETE"), grant);
                }
                if (grant.contains(".*")) {
                    assertFalse(grant.contains("UPDATE") || grant.contains("DELETE") || grant.contains("ALL PRIVILEGES"),
                            "no schema-wide write rights: " + grant);
                }
            }
        }
    }

    @Test
    void aRateLimitHoldsUnderParallelAttempts() throws Exception {
        String bucket = RateLimiter.ipBucket("test", UUID.randomUUID().toString());
        List<Parallel.Outcome<Boolean>> outcomes = Parallel.run(20, () -> rateLimiter.tryAcquire(bucket, 5,
                Duration.ofMinutes(10)));
        assertTrue(outcomes.stream().allMatch(Parallel.Outcome::succeeded));
        assertEquals(5, outcomes.stream().filter(Parallel.Outcome::value).count(), "exactly the limit gets through");
    }

    @Test
    void retentionDeletesOldDeliveredMailsAndRecordsOnlyTheCount() throws Exception {
        String recipient = "old-" + UUID.randomUUID() + "@example.org";
        try (Connection c = app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_mail (recipient, language, template, subject, body_text, body_html, status,"
                        + " attempts, next_attempt_at, created_at, sent_at) VALUES (?, 'de', 'platform.test', 's', 't', 'h',"
                        + " 'SENT', 1, '2020-01-01', '2020-01-01', '2020-01-01')")) {
            ps.setString(1, recipient);
            ps.executeUpdate();
        }
        RetentionRule sentMails = rules.stream().filter(r -> r.name().equals("platform.sent-mails")).findFirst()
                .orElseThrow();
        Retention.RunView run = retention.run(sentMails);
        assertTrue(run.deleted() >= 1);
        assertEquals(0, mailsTo(recipient));
        assertTrue(retention.recentRuns(10).stream().anyMatch(r -> r.rule().equals("platform.sent-mails")));
    }

    @Test
    void peopleWhoChoseTheDigestGetOneMailWithAllTheirLines() throws Exception {
        String email = "digest-" + UUID.randomUUID() + "@example.org";
        SignedInUser person = identity.signIn(new IdentityClaims(UUID.randomUUID().toString(), "digest-" + email,
                "Dora Digest", email), Language.DE);
        identity.chooseMailMode(person.subject(), MailMode.DIGEST);
        tx.begin();
        notifier.notify(person.profileId(), TEST_MAIL, Map.of("requestedBy", "Anliegen 1"), null);
        notifier.notify(person.profileId(), TEST_MAIL, Map.of("requestedBy", "Anliegen 2"),
                "https://example.org/needs/2");
        tx.commit();
        assertEquals(0, mailsTo(email), "no mail per event for digest readers");

        digests.sendAll();
        assertEquals(1, mailsTo(email));
        try (Connection c = app.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT subject, body_text FROM outbox_mail WHERE recipient = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).contains("2 Neuigkeiten"), rs.getString(1));
                assertTrue(rs.getString(2).contains("Testnachricht (angefordert von Anliegen 2)"), rs.getString(2));
            }
        }
        digests.sendAll();
        assertEquals(1, mailsTo(email), "lines go out once");
    }

    private int mailsTo(String recipient) throws SQLException {
        try (Connection c = app.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
