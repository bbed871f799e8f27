package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.ItemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the backlog capability (portal.backlog.*). */
@ApplicationScoped
public class BacklogConfig {

    @Inject
    @ConfigProperty(name = "portal.backlog.roadmap.published-from", defaultValue = "PRIORITISED")
    String publishedFrom;

    @Inject
    @ConfigProperty(name = "portal.backlog.roadmap.page-size", defaultValue = "50")
    int roadmapPageSize;

    /** Items per page of the public roadmap (1–500; anything else counts as 50). */
    public int roadmapPageSize() {
        return roadmapPageSize < 1 || roadmapPageSize > 500 ? 50 : roadmapPageSize;
    }

    /** The statuses the public roadmap shows: the configured one and every later one except DROPPED. */
    public Set<ItemStatus> publishedStatuses() {
        ItemStatus threshold = ItemStatus.valueOf(publishedFrom.strip());
        return Arrays.stream(ItemStatus.values()).filter(s -> s.atLeast(threshold)).collect(Collectors.toSet());
    }
}
