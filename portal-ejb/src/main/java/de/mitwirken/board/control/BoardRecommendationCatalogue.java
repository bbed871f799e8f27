package de.mitwirken.board.control;

import de.mitwirken.backlog.boundary.RecommendationCatalogue;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.RecommendationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board's recommendations as the backlog sees them when the office links one to an item: it exists, its title,
 * its state and whether the public may see it (a draft is internal). The backlog declares the interface; the
 * board implements it, so that the backlog never depends on the board.
 */
@ApplicationScoped
public class BoardRecommendationCatalogue implements RecommendationCatalogue {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Entry> byIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Recommendation.BY_IDS, Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().map(BoardRecommendationCatalogue::entry)
                .collect(Collectors.toMap(Entry::id, e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public List<Waiting> waitingForTheAdministration() {
        return em.createNamedQuery(Recommendation.WAITING_FOR_THE_ADMINISTRATION, Object[].class).getResultStream()
                .map(r -> new Waiting((Long) r[0], (String) r[1], "board.recommendation.status." + r[2], (Instant) r[3]))
                .toList();
    }

    @Override
    public List<Entry> byWords(List<String> words, int max) {
        return em.createNamedQuery(Recommendation.BY_WORDS, Object[].class).setParameter("w1", pattern(words, 0))
                .setParameter("w2", pattern(words, 1)).setParameter("w3", pattern(words, 2)).setMaxResults(max)
                .getResultStream().map(BoardRecommendationCatalogue::entry).toList();
    }

    /** The backlog passes words without LIKE's wildcards; missing ones match anything. */
    private static String pattern(List<String> words, int i) {
        return words != null && i < words.size() ? "%" + words.get(i) + "%" : "%";
    }

    private static Entry entry(Object[] row) {
        RecommendationStatus status = (RecommendationStatus) row[2];
        return new Entry((Long) row[0], (String) row[1], "board.recommendation.status." + status,
                status != RecommendationStatus.DRAFT);
    }
}
