package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.MeetingStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A board meeting as the public sees it in a list: time, place (never the online link), status, the reason of a
 * cancellation, and when any of it last changed.
 */
public record MeetingNews(long id, String title, Instant startsAt, Instant endsAt, String place, MeetingStatus status,
                          String cancelReason, Instant updated) implements Serializable {
}
