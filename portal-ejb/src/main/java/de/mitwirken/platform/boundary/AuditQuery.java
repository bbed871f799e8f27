package de.mitwirken.platform.boundary;

import java.time.LocalDate;

/** Filters of the audit page; null means "any". Dates are whole days in the portal's time zone. */
public record AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from,
                         LocalDate to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
