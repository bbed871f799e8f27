package de.mitwirken.backlog.entity;

import java.util.Objects;

/**
 * One change of a public field, as the public sees it: the field, for milestones the milestone's title
 * (subject), the value before and after (null: none) and, for a moved milestone, the reason (note). The item
 * collects these while it changes; the backlog keeps them as history rows (see {@link ItemChange}).
 */
public record PublicChange(HistoryField field, String subject, String oldValue, String newValue, String note) {

    public PublicChange {
        Objects.requireNonNull(field, "field");
    }

    public static PublicChange of(HistoryField field, Object oldValue, Object newValue) {
        return new PublicChange(field, null, text(oldValue), text(newValue), null);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
