package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.JobClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox mails every few seconds (portal.mail.poll.seconds). The timer ticks on every node; one node
 * of the cluster takes each slot ({@link JobClaims}), and its round claims a batch in the database first, so two
 * nodes never send the same mail even when rounds overlap; the SMTP conversation runs outside any
 * transaction, and each outcome is recorded in a transaction of its own. A node that stops (undeploy, redeploy,
 * shutdown) finishes the mail in hand and records it before the application goes away: a mail sent whose outcome
 * could not be recorded would stay claimed, and after the lease another node would send it a second time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    TimerService timers;

    @EJB
    OutboxStore store;

    @Inject
    SmtpTransport smtp;

    @Inject
    MailSettings settings;

    @EJB
    JobClaims claims;

    /** How long stopping waits for the mail in hand (the SMTP timeouts are 10 and 20 s). */
    static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(claims.firstTick(settings.pollInterval()), settings.pollInterval().toMillis(),
                new TimerConfig("outbox", false));
    }

    @Timeout
    void onTimer() {
        if (stopping || running.get()) {
            return; // no slot taken that this node would not use
        }
        try {
            if (!claims.claimInterval("platform.outbox", settings.pollInterval())) {
                return; // another node sends in this slot
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox: slot not claimed; the next slot tries again", e);
            return;
        }
        deliverDue();
    }

    /**
     * Called when the application stops (singletons are cleaned up before the EJB containers are undeployed):
     * no new mail is taken, the round in progress may record the outcome of its mail, and it gives back the
     * rest of its claimed batch, which another node then sends at once (not only after the lease).
     */
    @PreDestroy
    void stop() {
        stopping = true;
        long end = System.nanoTime() + STOP_PATIENCE.toNanos();
        while (running.get() && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One round; returns how many mails were delivered. A round still running makes the next one skip. */
    public int deliverDue() {
        if (stopping || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            store.releaseExpiredClaims();
            int delivered = 0;
            List<Long> batch;
            do {
                batch = store.claimDue();
                for (int i = 0; i < batch.size(); i++) {
                    if (stopping) {
                        List<Long> untried = batch.subList(i, batch.size());
                        store.returnUntried(untried);
                        LOG.info(() -> "stopping: " + untried.size() + " claimed mail(s) given back untried " + untried);
                        return delivered;
                    }
                    delivered += deliver(batch.get(i)) ? 1 : 0;
                }
            } while (!stopping && batch.size() == settings.batchSize());
            return delivered;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox round failed; the next round retries", e);
            return 0;
        } finally {
            running.set(false);
        }
    }

    private boolean deliver(long id) {
        var mail = store.load(id);
        if (mail.isEmpty()) {
            return false;
        }
        try {
            smtp.send(mail.get());
            store.delivered(id);
            return true;
        } catch (Exception e) {
            LOG.log(Level.INFO, () -> "mail " + id + " not delivered: " + e);
            store.failed(id, reason(e));
            return false;
        }
    }

    /**
     * What an administrator reads in the dead-letter list: each cause's short name and message, without the
     * nested exception text that jakarta.mail repeats inside its messages.
     */
    static String reason(Throwable error) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = error; t != null && reason.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().split(";\\s*nested exception is", 2)[0];
            reason.append(reason.length() == 0 ? "" : " ← ").append(t.getClass().getSimpleName());
            if (!message.isBlank()) {
                reason.append(" (").append(message.strip()).append(')');
            }
        }
        return reason.toString();
    }
}
