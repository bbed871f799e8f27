package de.mitwirken.platform.entity;

/** Where a representation request stands: waiting for the office, or decided. */
public enum RequestStatus {
    OPEN, ACCEPTED, REJECTED
}
