package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.platform.boundary.AuditLog;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;

/**
 * A member gives or withdraws the consent to be listed publicly (directory, open data), for all their terms: a
 * withdrawal is kept for open-data clients (OParl lists it as deleted), a new consent removes it. Audited.
 */
@Dependent
public class PublicListing {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationWithdrawals withdrawals;

    @Inject
    AuditLog audit;

    /** Answers how many memberships changed. */
    public int change(long profileId, boolean listed, Instant now) {
        int changed = 0;
        for (BoardMember m : em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class)
                .setParameter("profile", profileId).getResultList()) {
            if (m.listPublicly(listed)) {
                if (listed) {
                    withdrawals.memberPublicAgain(m.id());
                } else {
                    withdrawals.memberWithdrawn(m.id(), profileId, now);
                }
                audit.record("board.member.listing", "board-member", m.id(), "public listing " + listed,
                        Map.of("publicListing", !listed), Map.of("publicListing", listed));
                changed++;
            }
        }
        return changed;
    }
}
