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

    /** The statuses the public roadmap shows: the configured one and every later one except DROPPED. */
    public Set<ItemStatus> publishedStatuses() {
        ItemStatus threshold = ItemStatus.valueOf(publishedFrom.strip());
        return Arrays.stream(ItemStatus.values()).filter(s -> s.atLeast(threshold)).collect(Collectors.toSet());
    }
}
