package de.mitwirken.board.boundary;

import de.mitwirken.board.control.MeetingLinks;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.platform.boundary.IdentityFacade;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the board's boundaries share: member names by member id, and recommendations as views with names
 * and item titles.
 */
@Dependent
class BoardReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    MeetingLinks links;

    List<RecommendationView> views(List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = memberNames();
        Map<Long, String> titles = new HashMap<>();
        recommendations.stream().map(Recommendation::backlogItemId).filter(Objects::nonNull).distinct()
                .forEach(id -> titles.put(id, links.itemTitle(id)));
        return recommendations.stream().map(r -> RecommendationView.of(r, names, titles)).toList();
    }

    /** Member id → display name (null for someone who deleted their account). */
    Map<Long, String> memberNames() {
        List<BoardMember> members = em.createNamedQuery(BoardMember.ALL, BoardMember.class).getResultList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(members.stream().map(BoardMember::profileId).toList());
        Map<Long, String> byMember = new HashMap<>();
        members.forEach(m -> {
            IdentityFacade.PersonName name = names.get(m.profileId());
            byMember.put(m.id(), name == null || name.former() ? null : name.displayName());
        });
        return byMember;
    }
}
