package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardPerson;
import de.mitwirken.board.entity.PublicationWithdrawal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the tombstones of what was withdrawn from the public, in the transaction of the withdrawing use case, so
 * that incremental open-data clients learn of it (OParl: deleted with modified_since); public again, it goes. A
 * withdrawn membership records the public key of its person: when none of their memberships is listed any more, the
 * Person is deleted too (BoardPublication), also after the membership and the person were erased.
 */
@Dependent
public class PublicationWithdrawals {

    @PersistenceContext
    EntityManager em;

    public void memberWithdrawn(long memberId, long profileId, Instant now) {
        String personKey = personKey(profileId);
        PublicationWithdrawal existing = em.find(PublicationWithdrawal.class,
                new PublicationWithdrawal.Key(PublicationWithdrawal.Kind.MEMBER, memberId));
        if (existing == null) {
            em.persist(new PublicationWithdrawal(PublicationWithdrawal.Kind.MEMBER, memberId, personKey, now));
        } else {
            existing.withdrawnAgain(personKey, now);
        }
    }

    public void memberPublicAgain(long memberId) {
        PublicationWithdrawal existing = em.find(PublicationWithdrawal.class,
                new PublicationWithdrawal.Key(PublicationWithdrawal.Kind.MEMBER, memberId));
        if (existing != null) {
            em.remove(existing);
        }
    }

    /** The person's public key; null only if the database gave them none (rows from before V41 all have one). */
    private String personKey(long profileId) {
        List<BoardPerson> person = em.createNamedQuery(BoardPerson.OF_PROFILES, BoardPerson.class)
                .setParameter("profiles", List.of(profileId)).getResultList();
        return person.isEmpty() ? null : person.get(0).personKey();
    }

    /**
     * A member left a working group while listed publicly: the group membership is gone for open-data clients, and
     * their Person (which embedded it) changed then.
     */
    public void groupMembershipWithdrawn(long groupMembershipId, long profileId, Instant now) {
        em.persist(new PublicationWithdrawal(PublicationWithdrawal.Kind.GROUP_MEMBERSHIP, groupMembershipId,
                personKey(profileId), now));
    }
}
