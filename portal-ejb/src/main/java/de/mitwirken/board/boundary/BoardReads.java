package de.mitwirken.board.boundary;

import de.mitwirken.board.control.MeetingLinks;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.Recusal;
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
        // the declared conflicts of all of them in one query
        Map<Long, List<RecusalView>> recused = new HashMap<>();
        em.createNamedQuery(Recusal.OF_RECOMMENDATIONS, Recusal.class)
                .setParameter("ids", recommendations.stream().map(Recommendation::id).toList()).getResultStream()
                .forEach(x -> recused.computeIfAbsent(x.recommendationId(), k -> new java.util.ArrayList<>())
                        .add(new RecusalView(x.memberId(), names.get(x.memberId()), x.reason(), x.reasonPersonal())));
        return recommendations.stream().map(r -> RecommendationView.of(r, names, titles,
                recused.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * The conflicts declared for the agenda points of a meeting, by agenda point; the member names are read only
     * where there is a declaration (and a caller that has them already passes them).
     */
    Map<Long, List<RecusalView>> recusalsOf(de.mitwirken.board.entity.Meeting meeting,
                                            java.util.function.Supplier<Map<Long, String>> memberNames) {
        List<Long> ids = meeting.agenda().stream().map(de.mitwirken.board.entity.AgendaItem::id).toList();
        List<Recusal> declared = ids.isEmpty() ? List.of() : em.createNamedQuery(Recusal.OF_AGENDA_ITEMS, Recusal.class)
                .setParameter("ids", ids).getResultList();
        if (declared.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = memberNames.get();
        Map<Long, List<RecusalView>> byItem = new HashMap<>();
        declared.forEach(x -> byItem.computeIfAbsent(x.agendaItemId(), k -> new java.util.ArrayList<>())
                .add(new RecusalView(x.memberId(), names.get(x.memberId()), x.reason(), x.reasonPersonal())));
        return byItem;
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
