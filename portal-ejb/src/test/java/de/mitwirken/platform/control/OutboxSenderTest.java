package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

    @Test
    void theReasonNamesEveryCauseOnceWithoutJavaPackageNames() {
        var error = new MessagingException("Couldn't connect to host, port: localhost, 25",
                new ConnectException("Connection refused"));
        assertEquals("MessagingException (Couldn't connect to host, port: localhost, 25)"
                + " ← ConnectException (Connection refused)", OutboxSender.reason(error));
    }

    @Test
    void aCauseWithoutMessageIsNamedOnly() {
        assertEquals("IllegalStateException", OutboxSender.reason(new IllegalStateException()));
    }

    /**
     * Found by the two-node rush: a node redeployed while sending had its mail accepted by SMTP but could not record
     * it; the claim ran out and another round sent it again. Stopping lets the mail in hand be recorded first.
     * A redeploy during a rush then left the rest of the claimed batch waiting five minutes for its lease: it is
     * given back.
     */
    @Test
    void stoppingWaitsForTheMailInHandToBeRecordedAndTakesNoFurtherMail() throws Exception {
        OutboxSender sender = new OutboxSender();
        List<Long> sent = new CopyOnWriteArrayList<>();
        List<Long> recorded = new CopyOnWriteArrayList<>();
        List<Long> recordedWhenStopped = new ArrayList<>();
        List<Long> returned = new CopyOnWriteArrayList<>();
        Thread[] stopper = new Thread[1];
        sender.settings = new MailSettings();
        sender.settings.batchSize = 3;
        sender.store = new OutboxStore() {
            @Override
            public int releaseExpiredClaims() {
                return 0;
            }

            @Override
            public List<Long> claimDue() {
                return List.of(1L, 2L, 3L);
            }

            @Override
            public Optional<SendableMail> load(long id) {
                return Optional.of(new SendableMail(id, "a@example.org", "s", "t", "h", List.of()));
            }

            @Override
            public void delivered(long id) {
                recorded.add(id);
            }

            @Override
            public void returnUntried(List<Long> ids) {
                returned.addAll(ids);
            }
        };
        sender.smtp = new SmtpTransport() {
            @Override
            public void send(SendableMail mail) throws MessagingException {
                sent.add(mail.id());
                // the application is undeployed while this mail is on its way
                stopper[0] = new Thread(() -> {
                    sender.stop();
                    recordedWhenStopped.addAll(recorded);
                });
                stopper[0].start();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        assertEquals(1, sender.deliverDue());
        stopper[0].join(5000);

        assertFalse(stopper[0].isAlive());
        assertEquals(List.of(1L), sent);
        assertEquals(List.of(1L), recordedWhenStopped, "stop() returned only after the mail in hand was recorded");
        assertEquals(List.of(2L, 3L), returned, "the rest of the claimed batch is given back, not left to its lease");
        assertEquals(0, sender.deliverDue(), "a stopped sender takes no new round");
    }
}
