package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.MailStatus;
import de.mitwirken.platform.entity.OutboxMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The administrator's view of the mail outbox: counts, the dead-letter list, resending, a test mail. */
@Stateless
@RolesAllowed(PlatformPermissions.ADMINISTER)
public class OutboxAdministration {

    static final MailTemplate TEST_MAIL = new MailTemplate("de.mitwirken.platform.mails", "platform.test");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A mail as the dead-letter list shows it. */
    public record MailView(long id, String recipient, String template, String subject, int attempts,
                           String lastError, Instant createdAt) implements Serializable {
    }

    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<MailView> deadLetters(int max) {
        return em.createNamedQuery(OutboxMail.BY_STATUS, OutboxMail.class).setParameter("status", MailStatus.DEAD)
                .setMaxResults(max).getResultStream()
                .map(m -> new MailView(m.id(), m.recipient(), m.template(), m.subject(), m.attempts(), m.lastError(),
                        m.createdAt()))
                .toList();
    }

    /** Puts a dead mail back into the queue for a fresh round of attempts. */
    public void resend(long mailId) {
        OutboxMail mail = Rows.find(em, OutboxMail.class, mailId);
        Map<String, Object> before = Map.of("status", mail.status(), "attempts", mail.attempts());
        mail.resend(clock.instant());
        audit.record("platform.mail.resend", "mail", mailId, "dead mail to " + mail.recipient() + " queued again",
                before, Map.of("status", mail.status(), "attempts", mail.attempts()));
    }

    /** Queues a test mail, e.g. to check a new SMTP configuration. */
    public long sendTestMail(String recipient, Language language, String requestedBy) {
        long id = outbox.enqueue(MailRequest.of(recipient, language, TEST_MAIL, Map.of("requestedBy", requestedBy)));
        audit.record("platform.mail.test", "mail", id, "test mail to " + recipient, null, Map.of("recipient", recipient));
        return id;
    }
}
