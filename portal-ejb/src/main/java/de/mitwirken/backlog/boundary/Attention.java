package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.ItemStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * What waits for the strategy office on its dashboard ({@link OfficeDashboard#attentionList}): the board's
 * recommendations waiting for the administration's answer (oldest first), overdue milestones of open items (the
 * longest overdue first), published items that contribute to no KPI, and open items with no public change for
 * {@link OfficeDashboard#QUIET_DAYS} days (the quietest first).
 */
public record Attention(List<RecommendationCatalogue.Waiting> recommendations, List<Overdue> overdueMilestones,
                        List<Item> withoutKpi, List<Quiet> quietItems) implements Serializable {

    /** A milestone not reached, due before today, of an item that is neither done nor dropped. */
    public record Overdue(long itemId, String itemTitle, long milestoneId, String milestoneTitle, LocalDate dueDate,
                          long daysOverdue) implements Serializable {
    }

    /** An item by number, title and status. */
    public record Item(long id, String title, ItemStatus status) implements Serializable {
    }

    /** An open item and the day of its last public change (or of its creation, if it never changed). */
    public record Quiet(long id, String title, ItemStatus status, LocalDate lastChanged, long daysQuiet)
            implements Serializable {
    }

    static Overdue overdue(long itemId, String itemTitle, long milestoneId, String milestoneTitle, LocalDate due,
                           LocalDate today) {
        return new Overdue(itemId, itemTitle, milestoneId, milestoneTitle, due, ChronoUnit.DAYS.between(due, today));
    }

    /** The quietest first; the database already left out every item changed within the quiet days. */
    static List<Quiet> quietest(List<Quiet> items) {
        return items.stream().sorted(Comparator.comparing(Quiet::lastChanged).thenComparing(Quiet::id)).toList();
    }

    static Quiet quiet(long id, String title, ItemStatus status, LocalDate lastChanged, LocalDate today) {
        return new Quiet(id, title, status, lastChanged, ChronoUnit.DAYS.between(lastChanged, today));
    }
}
