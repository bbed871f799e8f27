package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox's short transactions: claim a batch, read one mail, record the outcome of one delivery. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    @Inject
    NodeIdentity node;

    /** Mails a crashed or stalled node had claimed become due again when its lease ran out. */
    public int releaseExpiredClaims() {
        return em.createNamedQuery(OutboxMail.RELEASE_EXPIRED_CLAIMS).setParameter("now", clock.instant())
                .executeUpdate();
    }

    /**
     * Locks up to one batch of due mails (skipping rows other nodes hold) and marks them as claimed by
     * this node, all in one transaction: no mail is ever claimed by two nodes.
     */
    public List<Long> claimDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(OutboxMail.LOCK_DUE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, settings.batchSize())
                .getResultList();
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        for (Long id : claimed) {
            em.find(OutboxMail.class, id).claim(node.name(), now, settings.claimLease());
        }
        return claimed;
    }

    public Optional<SendableMail> load(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        return mail == null ? Optional.empty() : Optional.of(SendableMail.of(mail));
    }

    /** Gives back claimed mails this node will not try (it is stopping); see {@link OutboxMail#returnUntried}. */
    public void returnUntried(List<Long> ids) {
        for (Long id : ids) {
            em.find(OutboxMail.class, id).returnUntried(node.name());
        }
    }

    public void delivered(long id) {
        em.find(OutboxMail.class, id).delivered(clock.instant());
    }

    public void failed(long id, String error) {
        em.find(OutboxMail.class, id).failed(error, clock.instant(), settings.retryPolicy());
    }
}
