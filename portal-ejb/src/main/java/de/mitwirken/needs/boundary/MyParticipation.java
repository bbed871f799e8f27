package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.ParticipationGuard;
import de.mitwirken.needs.entity.Comment;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.Support;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Meine Beteiligung": my needs, supports and comments, and where each need went: the chain need → cluster →
 * backlog item → its milestones and KPIs, with the state at each step.
 */
@Stateless
@RolesAllowed(NeedsPermissions.PARTICIPATE)
public class MyParticipation {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    ParticipationGuard guard;

    @Inject
    @Any
    Instance<NeedDestinations> destinations;

    /** A comment of mine with its need; the reason if the moderation hid it. */
    public record MyComment(long id, long needId, String needTitle, String body, Instant createdAt, String hiddenReason)
            implements Serializable {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    /** Everything at once, for one page. */
    public record Overview(List<NeedSummary> needs, List<NeedSummary> supported, List<MyComment> comments,
                           Map<Long, List<NeedDestinations.Destination>> destinations, BlockNotice block)
            implements Serializable {
    }

    public Overview of(String subject) {
        SignedInUser me = identity.caller(subject);
        List<NeedSummary> mine = em.createNamedQuery(Need.BY_AUTHOR, Need.class).setParameter("authorId", me.profileId())
                .getResultStream().map(PublicNeeds::summary).toList();
        List<NeedSummary> supported = new ArrayList<>();
        for (Support s : em.createNamedQuery(Support.OF_PROFILE, Support.class).setParameter("profileId", me.profileId())
                .setMaxResults(500).getResultList()) {
            Need need = em.find(Need.class, s.needId());
            if (need != null && need.isPublic()) {
                supported.add(PublicNeeds.summary(need));
            }
        }
        List<MyComment> comments = new ArrayList<>();
        for (Comment c : em.createNamedQuery(Comment.BY_AUTHOR, Comment.class).setParameter("authorId", me.profileId())
                .setMaxResults(500).getResultList()) {
            // a hidden comment stays in the author's own list, marked with the moderation's reason
            comments.add(new MyComment(c.id(), c.needId(), em.find(Need.class, c.needId()).title(), c.body(),
                    c.createdAt(), c.hidden() ? String.valueOf(c.hiddenReason()) : null));
        }
        Set<Long> ids = new HashSet<>();
        mine.forEach(n -> ids.add(n.id()));
        supported.forEach(n -> ids.add(n.id()));
        Map<Long, List<NeedDestinations.Destination>> where = new HashMap<>();
        for (NeedDestinations source : destinations) {
            source.chainsOf(ids, me.language().tag()).forEach((id, list) ->
                    where.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
        }
        return new Overview(mine, supported, comments, where,
                guard.currentBlock(me.profileId()).map(BlockNotice::of).orElse(null));
    }
}
