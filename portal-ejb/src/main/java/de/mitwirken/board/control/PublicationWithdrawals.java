package de.mitwirken.board.control;

import de.mitwirken.board.entity.PublicationWithdrawal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Keeps the tombstones of what was withdrawn from the public, in the transaction of the withdrawing use case, so
 * that incremental open-data clients learn of it (OParl: deleted with modified_since); public again, it goes.
 */
@Dependent
public class PublicationWithdrawals {

    @PersistenceContext
    EntityManager em;

    public void memberWithdrawn(long memberId, Instant now) {
        PublicationWithdrawal existing = em.find(PublicationWithdrawal.class,
                new PublicationWithdrawal.Key(PublicationWithdrawal.Kind.MEMBER, memberId));
        if (existing == null) {
            em.persist(new PublicationWithdrawal(PublicationWithdrawal.Kind.MEMBER, memberId, now));
        } else {
            existing.withdrawnAgain(now);
        }
    }

    public void memberPublicAgain(long memberId) {
        PublicationWithdrawal existing = em.find(PublicationWithdrawal.class,
                new PublicationWithdrawal.Key(PublicationWithdrawal.Kind.MEMBER, memberId));
        if (existing != null) {
            em.remove(existing);
        }
    }
}
