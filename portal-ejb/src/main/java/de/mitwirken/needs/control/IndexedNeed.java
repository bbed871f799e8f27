package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.util.Set;

/** A listed need as the search index holds it: its texts, what the list filters by, and what ranks it. */
public record IndexedNeed(long id, String title, String description, String organisation, StrategyField field,
                          NeedStatus status, SubmitterType submitterType, String district, Set<Long> serviceIds,
                          int supportCount, Instant publishedAt, Instant answeredAt) {

    public IndexedNeed {
        serviceIds = Set.copyOf(serviceIds);
    }
}
