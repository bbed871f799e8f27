package de.mitwirken.conference.entity;

/**
 * Where a registration stands for a place at the conference. CONFIRMED and OFFERED hold a seat of the
 * conference and of the registration type; WAITLISTED waits in the conference's queue (in order of id).
 */
public enum RegistrationStatus {
    CONFIRMED, OFFERED, WAITLISTED, CANCELLED, EXPIRED;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    public boolean isActive() {
        return this != CANCELLED && this != EXPIRED;
    }
}
