package de.mitwirken.board.entity;

/**
 * A meeting's way: planned (agenda being set) → invited → held (attendance, minutes) → minutes approved; a planned
 * or invited meeting may be called off (cancelled).
 */
public enum MeetingStatus {
    PLANNED, INVITED, HELD, MINUTES_APPROVED, CANCELLED
}
