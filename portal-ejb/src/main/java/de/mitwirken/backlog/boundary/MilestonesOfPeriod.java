package de.mitwirken.backlog.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The milestones of published items reached in a period and those overdue at its end ({@link PublicPlans}). */
public record MilestonesOfPeriod(List<Line> reached, List<Line> overdue) implements Serializable {

    /** A milestone with its item: reachedOn is null while it is not reached. */
    public record Line(long itemId, String itemTitle, String title, LocalDate dueDate, LocalDate reachedOn)
            implements Serializable {
    }
}
