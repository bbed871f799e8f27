package de.mitwirken.board.entity;

/** A meeting's way: planned (agenda being set) → invited → held (attendance, minutes) → minutes approved. */
public enum MeetingStatus {
    PLANNED, INVITED, HELD, MINUTES_APPROVED
}
