package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.RoleChanges;
import de.mitwirken.platform.boundary.Roles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Memberships end on time (issue #24): once a term is over, or a membership ended early or was withdrawn, the
 * board roles go in Keycloak (RoleChanges, applied within seconds) and the portal ends the sessions that still
 * carry them (see the sign-in check in the web tier); the public member list follows the dates already. A person
 * who holds another live membership keeps the member role. Run by BoardJobs; each membership once (its row is
 * locked and marked).
 */
@Stateless
public class TermEnds {

    @PersistenceContext
    EntityManager em;
    @Inject
    RoleChanges roles;
    @Inject
    IdentityFacade identity;
    @Inject
    AuditLog audit;

    /** Takes the roles of the memberships ended by {@code today} away; answers how many memberships. */
    public int revokeEnded(LocalDate today, Instant now) {
        int ended = 0;
        for (BoardMember found : em.createNamedQuery(BoardMember.ENDED_NOT_REVOKED, BoardMember.class)
                .setParameter("day", today).getResultList()) {
            BoardMember member = em.find(BoardMember.class, found.id(), LockModeType.PESSIMISTIC_WRITE);
            if (member == null || member.roleRevokedAt() != null) {
                continue; // another node took it
            }
            boolean stillMember = !em.createNamedQuery(BoardMember.ACTIVE_OF_PROFILE, BoardMember.class)
                    .setParameter("profile", member.profileId()).setParameter("day", today).getResultList().isEmpty();
            String subject = identity.subjectOf(member.profileId());
            if (subject != null && !stillMember) {
                roles.revoke(subject, Roles.BOARD_MEMBER);
                if (member.role() == BoardRole.CHAIR) {
                    roles.revoke(subject, Roles.BOARD_CHAIR);
                }
            }
            member.rolesRevoked(now);
            audit.record("board.member.termEnded", "board-member", member.id(), "board roles taken away: membership ended",
                    null, Map.of("stillMember", stillMember, "revoked", subject != null && !stillMember));
            ended++;
        }
        return ended;
    }
}
