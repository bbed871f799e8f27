package de.mitwirken.board.control;

import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.needs.boundary.PublicNeeds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The titles of the published backlog items and public needs that agenda points refer to, read through
 * the backlog's and the needs' public boundaries (the board may only link what the public may see).
 */
@Stateless
public class MeetingLinks {

    @Inject
    PublicRoadmap roadmap;

    @Inject
    PublicNeeds needs;

    public boolean isPublishedItem(long itemId) {
        return roadmap.item(itemId).isPresent();
    }

    public boolean isPublicNeed(long needId) {
        return !needs.publicNeeds(Set.of(needId), 1).isEmpty();
    }

    /** The title of a published item, or null. */
    public String itemTitle(long itemId) {
        return roadmap.item(itemId).map(d -> d.summary().title()).orElse(null);
    }

    public Map<Long, String> itemTitles(Collection<Meeting> meetings) {
        Map<Long, String> titles = new HashMap<>();
        meetings.stream().flatMap(m -> m.agenda().stream()).map(a -> a.backlogItemId()).filter(Objects::nonNull)
                .distinct().forEach(id -> roadmap.item(id).ifPresent(d -> titles.put(id, d.summary().title())));
        return titles;
    }

    public Map<Long, String> needTitles(Collection<Meeting> meetings) {
        Set<Long> ids = meetings.stream().flatMap(m -> m.agenda().stream()).map(a -> a.needId())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return needs.publicNeeds(ids, ids.size()).stream().collect(Collectors.toMap(n -> n.id(), n -> n.title()));
    }
}
