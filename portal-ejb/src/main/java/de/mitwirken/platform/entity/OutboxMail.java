package de.mitwirken.platform.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One mail in the outbox. It knows its own delivery rules: it may be claimed only when due, a failure
 * schedules the next attempt with exponential backoff, and after the last attempt it is parked as DEAD
 * until an administrator sends it again.
 */
@Entity
@Table(name = "outbox_mail")
// Claims due mails for one node; rows another node has locked are skipped, not waited for.
@NamedNativeQuery(name = OutboxMail.LOCK_DUE, query = "SELECT id FROM outbox_mail WHERE status = 'PENDING'"
        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
@NamedQuery(name = OutboxMail.RELEASE_EXPIRED_CLAIMS, query = "UPDATE OutboxMail m SET m.status ="
        + " de.mitwirken.platform.entity.MailStatus.PENDING, m.claimedBy = NULL, m.claimExpiresAt = NULL"
        + " WHERE m.status = de.mitwirken.platform.entity.MailStatus.SENDING AND m.claimExpiresAt < :now")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status")
@NamedQuery(name = OutboxMail.BY_STATUS, query = "SELECT m FROM OutboxMail m WHERE m.status = :status ORDER BY m.id DESC")
@NamedQuery(name = OutboxMail.BY_RECIPIENT, query = "SELECT m FROM OutboxMail m WHERE m.recipient = :recipient ORDER BY m.id")
@NamedQuery(name = OutboxMail.DELETE_FINISHED_BEFORE, query = "DELETE FROM OutboxMail m WHERE m.status = :status"
        + " AND m.createdAt < :cutoff")
public class OutboxMail {

    public static final String LOCK_DUE = "OutboxMail.lockDue";
    public static final String RELEASE_EXPIRED_CLAIMS = "OutboxMail.releaseExpiredClaims";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";
    public static final String BY_STATUS = "OutboxMail.byStatus";
    public static final String BY_RECIPIENT = "OutboxMail.byRecipient";
    public static final String DELETE_FINISHED_BEFORE = "OutboxMail.deleteFinishedBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "template", nullable = false, length = 100)
    private String template;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claim_expires_at")
    private Instant claimExpiresAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, Language language, String template, RenderedMail content, Instant now) {
        this.recipient = requireText(recipient, "recipient");
        this.language = Objects.requireNonNull(language, "language");
        this.template = requireText(template, "template");
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void attach(String filename, String contentType, byte[] content) {
        attachments.add(new OutboxAttachment(this, filename, contentType, content));
    }

    /** A node takes the mail for sending; only a due, pending mail can be claimed. */
    public void claim(String node, Instant now, Duration lease) {
        if (status != MailStatus.PENDING || nextAttemptAt.isAfter(now)) {
            throw new IllegalStateException("mail " + id + " is not due (" + status + ")");
        }
        status = MailStatus.SENDING;
        attempts++;
        claimedBy = node;
        claimExpiresAt = now.plus(lease);
    }

    /**
     * A node that stops returns the mails it claimed but never handed to SMTP: due again at once for any node,
     * the attempt not counted (else they would wait for the lease, and a mail sent once would show two tries).
     * Only the claiming node may return a mail; another's claim stays as it is.
     */
    public void returnUntried(String node) {
        requireSending();
        if (!node.equals(claimedBy)) {
            throw new IllegalStateException("mail " + id + " is claimed by " + claimedBy + ", not " + node);
        }
        status = MailStatus.PENDING;
        attempts--;
        release();
    }

    public void delivered(Instant now) {
        requireSending();
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        release();
    }

    /** Delivery failed: try again later, or park the mail in the dead-letter list after the last attempt. */
    public void failed(String error, Instant now, RetryPolicy policy) {
        requireSending();
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        release();
        if (attempts >= policy.maxAttempts()) {
            status = MailStatus.DEAD;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** An administrator sends a dead mail again: a fresh round of attempts. */
    public void resend(Instant now) {
        if (status != MailStatus.DEAD) {
            throw new IllegalStateException("only dead mails are sent again, mail " + id + " is " + status);
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireSending() {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("mail " + id + " is not being sent (" + status + ")");
        }
    }

    private void release() {
        claimedBy = null;
        claimExpiresAt = null;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public Language language() {
        return language;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<OutboxAttachment> attachments() {
        return List.copyOf(attachments);
    }
}
