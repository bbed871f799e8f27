package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A confirmed attendee as the door's search lists them. */
public record AttendeeView(long id, String name, String organisation, String typeCode, Instant checkedInAt)
        implements Serializable {
}
