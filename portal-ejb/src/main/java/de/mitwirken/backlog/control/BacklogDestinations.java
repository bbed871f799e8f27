package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.needs.boundary.NeedDestinations;
import de.mitwirken.platform.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tells "My participation" which backlog items a need went to; dropped items are not shown. */
@ApplicationScoped
public class BacklogDestinations implements NeedDestinations {

    /** Keeps IN lists to a size every database plans well. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    BacklogConfig config; // only published items: a link to a draft would end on "not found"

    @Override
    public Map<Long, List<Destination>> destinationsOf(Collection<Long> needIds, String languageTag) {
        Map<Long, List<Destination>> result = new HashMap<>();
        if (needIds == null || needIds.isEmpty()) {
            return result;
        }
        String prefix = Language.fromTag(languageTag).orElse(Language.DEFAULT) == Language.EN ? "Backlog item: " : "Vorhaben: ";
        List<Long> ids = List.copyOf(needIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : em.createNamedQuery(BacklogItem.DESTINATIONS, Object[].class)
                    .setParameter("needIds", chunk).setParameter("published", config.publishedStatuses()).getResultList()) {
                long needId = ((Number) row[0]).longValue();
                result.computeIfAbsent(needId, k -> new ArrayList<>()).add(new Destination(prefix + row[2],
                        "/backlog/item.xhtml?id=" + ((Number) row[1]).longValue()));
            }
        }
        return result;
    }
}
