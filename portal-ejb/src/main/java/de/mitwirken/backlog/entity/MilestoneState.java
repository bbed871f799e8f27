package de.mitwirken.backlog.entity;

/** Where a milestone stands on a given day: reached, due later (or today), or due before that day and not reached. */
public enum MilestoneState {
    PLANNED, DONE, OVERDUE
}
