package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One session's room at the door: seats held, people in the room, people waiting, free seats (null: no limit of
 * its own), and whether the seats of those not in the room may be released now (start + minutes passed).
 */
public record SessionDoor(long id, String title, Instant startsAt, int seatsHeld, long inRoom, long waiting,
                          Integer free, boolean noShowsReleasable, int noShowMinutes) implements Serializable {
}
