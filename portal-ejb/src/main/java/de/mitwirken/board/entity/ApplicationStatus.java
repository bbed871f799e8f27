package de.mitwirken.board.entity;

/** Where an application stands: open while submitted or shortlisted, then decided or withdrawn. */
public enum ApplicationStatus {
    SUBMITTED, SHORTLISTED, ADMITTED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == SHORTLISTED;
    }
}
