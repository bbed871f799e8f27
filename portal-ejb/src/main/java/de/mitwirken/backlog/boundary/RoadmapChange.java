package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.HistoryField;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A change of a published item that the roadmap reports: its status, its progress, or one of its milestones
 * (added, moved with the reason as note, reached). Values as stored in the public history ({@link HistoryField.Kind}).
 */
public record RoadmapChange(long id, long itemId, String itemTitle, HistoryField field, String subject,
                            String oldValue, String newValue, String note, Instant changedAt) implements Serializable {

    /** The fields the roadmap's news are about. */
    public static final Set<HistoryField> FIELDS = Set.of(HistoryField.STATUS, HistoryField.PROGRESS,
            HistoryField.MILESTONE_ADDED, HistoryField.MILESTONE_MOVED, HistoryField.MILESTONE_REACHED);
}
