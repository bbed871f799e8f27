package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.MilestoneState;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An item's plan as one consistent read: what the office edits (with the version it read, which the edit form
 * carries back), budget, public contact, how progress is kept, the milestones in the office's order with their
 * state on the day of reading and every move of their dates, and the day a public field last changed.
 */
public record ItemPlan(long itemId, long version, ItemStatus status, String title, String description,
                       Set<StrategyField> fields, String ownerDepartment, Horizon horizon, LocalDate startDate,
                       LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent, String contactName,
                       String contactEmail, String contactPhone, ProgressMode progressMode, int progress,
                       List<Step> milestones, LocalDate lastChanged) implements Serializable {

    /** A milestone on the timeline: planned, reached (on completedOn, if known) or overdue, with its moves. */
    public record Step(long id, int position, String title, String description, LocalDate dueDate,
                       MilestoneState state, LocalDate completedOn, List<Move> moves) implements Serializable {
    }

    /** A milestone's date moved from one day to another on a day, for a reason. */
    public record Move(LocalDate from, LocalDate to, String reason, LocalDate movedOn) implements Serializable {
    }

    /** Done or dropped: the plan changes no more. */
    public boolean isFinal() {
        return status.isFinal();
    }

    public long milestonesReached() {
        return milestones.stream().filter(m -> m.state() == MilestoneState.DONE).count();
    }

    public boolean hasBudget() {
        return budgetPlanned != null || budgetSpent != null;
    }

    public boolean hasContact() {
        return contactName != null;
    }
}
