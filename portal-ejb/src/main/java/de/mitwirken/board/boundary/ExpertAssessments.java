package de.mitwirken.board.boundary;

import de.mitwirken.backlog.boundary.BoardInput;
import de.mitwirken.board.control.MeetingLinks;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.ExpertAssessment;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Board members' expert assessments of published backlog items. Saving one recomputes the board's
 * confidence in the item (mean feasibility × 20 %) and hands it to the backlog, where it replaces the
 * office's confidence in the score from the next ranking on.
 */
@Stateless
public class ExpertAssessments {

    @PersistenceContext
    EntityManager em;
    @Inject
    IdentityFacade identity;
    @Inject
    MeetingLinks links;
    @Inject
    BoardInput backlog;
    @Inject
    Clock clock;

    /** An item's assessments in summary, as everyone may see them (no names, no comments). */
    public record Summary(int count, double meanImpact, double meanFeasibility, Integer confidence)
            implements Serializable {
    }

    /** The signed-in member's own assessment of one item. */
    public record Mine(long itemId, String itemTitle, int impact, int feasibility, String comment, Instant assessedAt)
            implements Serializable {
    }

    /** An active member assesses (or re-assesses) a published item. */
    @RolesAllowed(BoardPermissions.MEMBER)
    public void assessItem(String subject, long itemId, Integer impact, Integer feasibility, String comment) {
        SignedInUser me = identity.caller(subject);
        BoardMember member = em.createNamedQuery(BoardMember.ACTIVE_OF_PROFILE, BoardMember.class)
                .setParameter("profile", me.profileId()).setParameter("day", LocalDate.now(clock)).getResultStream()
                .findFirst().orElseThrow(() -> new NotAllowed("board.error.notAMember"));
        if (!links.isPublishedItem(itemId)) {
            throw InvalidInput.of("item", "board.error.agenda.backlogItem");
        }
        Map<String, String> problems = ExpertAssessment.problems(impact, feasibility, comment);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<ExpertAssessment> existing = em.createNamedQuery(ExpertAssessment.OF_MEMBER_AND_ITEM, ExpertAssessment.class)
                .setParameter("member", member.id()).setParameter("item", itemId).getResultList();
        if (existing.isEmpty()) {
            em.persist(new ExpertAssessment(member.id(), itemId, impact, feasibility, comment, clock.instant()));
        } else {
            existing.get(0).revise(impact, feasibility, comment, clock.instant());
        }
        em.flush();
        backlog.boardConfidence(itemId, ExpertAssessment.confidence(assessmentsOf(itemId)));
    }

    @RolesAllowed(BoardPermissions.MEMBER)
    public List<Mine> myAssessments(String subject) {
        SignedInUser me = identity.caller(subject);
        Set<Long> memberIds = Set.copyOf(em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class)
                .setParameter("profile", me.profileId()).getResultStream().map(BoardMember::id).toList());
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ExpertAssessment.OF_MEMBERS, ExpertAssessment.class).setParameter("members", memberIds)
                .getResultStream().map(a -> new Mine(a.backlogItemId(), links.itemTitle(a.backlogItemId()), a.impact(),
                        a.feasibility(), a.comment(), a.assessedAt())).toList();
    }

    @PermitAll
    public Summary summary(long itemId) {
        List<ExpertAssessment> assessments = assessmentsOf(itemId);
        return new Summary(assessments.size(),
                assessments.stream().mapToInt(ExpertAssessment::impact).average().orElse(0),
                assessments.stream().mapToInt(ExpertAssessment::feasibility).average().orElse(0),
                ExpertAssessment.confidence(assessments));
    }

    private List<ExpertAssessment> assessmentsOf(long itemId) {
        return em.createNamedQuery(ExpertAssessment.OF_ITEM, ExpertAssessment.class).setParameter("item", itemId)
                .getResultList();
    }
}
