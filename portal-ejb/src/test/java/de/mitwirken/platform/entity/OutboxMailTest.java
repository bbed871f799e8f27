package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    private final OutboxMail mail = new OutboxMail("clara@example.org", Language.DE, "platform.test",
            new RenderedMail("Betreff", "Text", "<p>Text</p>"), T0);

    @Test
    void aNewMailIsPendingAndDueAtOnce() {
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(T0, mail.nextAttemptAt());
        assertEquals(0, mail.attempts());
    }

    @Test
    void aClaimedMailIsBeingSentUntilDelivered() {
        mail.claim("node-a", T0, Duration.ofMinutes(5));
        assertEquals(MailStatus.SENDING, mail.status());
        assertEquals(1, mail.attempts());
        mail.delivered(T0.plusSeconds(2));
        assertEquals(MailStatus.SENT, mail.status());
        assertEquals(T0.plusSeconds(2), mail.sentAt());
    }

    @Test
    void aClaimReturnedUntriedIsDueAgainWithoutCountingAnAttempt() {
        mail.claim("node-a", T0, Duration.ofMinutes(5));
        assertThrows(IllegalStateException.class, () -> mail.returnUntried("node-b"), "only the claiming node");

        mail.returnUntried("node-a");

        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(0, mail.attempts());
        mail.claim("node-b", T0, Duration.ofMinutes(5));
        assertEquals(1, mail.attempts());
        assertThrows(IllegalStateException.class, () -> mail.returnUntried("node-a"));
    }

    @Test
    void aMailCannotBeClaimedTwiceOrBeforeItIsDue() {
        mail.claim("node-a", T0, Duration.ofMinutes(5));
        assertThrows(IllegalStateException.class, () -> mail.claim("node-b", T0, Duration.ofMinutes(5)));

        OutboxMail later = new OutboxMail("x@example.org", Language.EN, "t", new RenderedMail("s", "t", "h"), T0);
        later.claim("node-a", T0, Duration.ofMinutes(5));
        later.failed("down", T0, THREE_TRIES);
        assertThrows(IllegalStateException.class, () -> later.claim("node-a", T0.plusSeconds(59), Duration.ofMinutes(5)));
        later.claim("node-a", T0.plusSeconds(60), Duration.ofMinutes(5));
    }

    @Test
    void failuresBackOffExponentiallyAndTheLastOneParksTheMail() {
        mail.claim("n", T0, Duration.ofMinutes(5));
        mail.failed("Connection refused", T0, THREE_TRIES);
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(T0.plus(Duration.ofMinutes(1)), mail.nextAttemptAt());

        Instant t1 = T0.plus(Duration.ofMinutes(1));
        mail.claim("n", t1, Duration.ofMinutes(5));
        mail.failed("Connection refused", t1, THREE_TRIES);
        assertEquals(t1.plus(Duration.ofMinutes(2)), mail.nextAttemptAt());

        Instant t2 = t1.plus(Duration.ofMinutes(2));
        mail.claim("n", t2, Duration.ofMinutes(5));
        mail.failed("Connection refused", t2, THREE_TRIES);
        assertEquals(MailStatus.DEAD, mail.status());
        assertEquals("Connection refused", mail.lastError());
    }

    @Test
    void onlyADeadMailIsSentAgainAndThenWithFreshAttempts() {
        assertThrows(IllegalStateException.class, () -> mail.resend(T0));
        RetryPolicy once = new RetryPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(1));
        mail.claim("n", T0, Duration.ofMinutes(5));
        mail.failed("x".repeat(5000), T0, once);
        assertEquals(MailStatus.DEAD, mail.status());
        assertEquals(1000, mail.lastError().length(), "errors are clipped to the column");
        mail.resend(T0.plusSeconds(600));
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(0, mail.attempts());
        assertEquals(T0.plusSeconds(600), mail.nextAttemptAt());
    }

    @Test
    void outcomesNeedAMailThatIsBeingSent() {
        assertThrows(IllegalStateException.class, () -> mail.delivered(T0));
        assertThrows(IllegalStateException.class, () -> mail.failed("x", T0, THREE_TRIES));
        mail.claim("n", T0, Duration.ofMinutes(5));
        mail.delivered(T0);
        assertNull(mail.lastError());
    }

    @Test
    void aSubjectCannotCarryLineBreaks() {
        RenderedMail injected = new RenderedMail("Hallo\r\nBcc: victim@example.org", "t", "h");
        assertEquals("Hallo Bcc: victim@example.org", injected.subject());
    }

    @Test
    void aSubjectCarriesNoHiddenControlsOrBidiOverrides() {
        RenderedMail disguised = new RenderedMail("Ihre Rechnung \u202Efdp.exe\u202C\u0007 \u2066x\u2069\u0085", "t", "h");
        assertEquals("Ihre Rechnung fdp.exe x", disguised.subject());
    }
}
