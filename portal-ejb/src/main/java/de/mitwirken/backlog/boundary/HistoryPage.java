package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.HistoryField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of an item's public change history, newest first: per change the day (in the city), the field, for
 * milestones the milestone's title, the values before and after as stored (see {@link HistoryField.Kind}) and,
 * for a moved milestone, the reason.
 */
public record HistoryPage(List<Entry> entries, long total, int page, int size) implements Serializable {

    public record Entry(LocalDate on, HistoryField field, String subject, String oldValue, String newValue,
                        String note) implements Serializable {
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    static HistoryPage none(int size) {
        return new HistoryPage(List.of(), 0, 0, size);
    }
}
