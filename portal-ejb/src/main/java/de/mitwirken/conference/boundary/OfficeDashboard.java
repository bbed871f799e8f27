package de.mitwirken.conference.boundary;

import de.mitwirken.conference.entity.RegistrationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The organisers' figures of one conference. The no-show rate (confirmed but not checked in ÷ confirmed) is
 * null until the conference has started, or while nobody is confirmed.
 */
public record OfficeDashboard(long conferenceId, String title, LocalDate startsOn, LocalDate endsOn, int capacity,
                              int taken, boolean started, List<DayCount> perDay, List<StatusCount> byStatus,
                              List<TypeFill> types, List<SessionFill> sessions, long waitlist, long confirmed,
                              long checkedIn, Double noShowRate) implements Serializable {

    public OfficeDashboard {
        perDay = List.copyOf(perDay);
        byStatus = List.copyOf(byStatus);
        types = List.copyOf(types);
        sessions = List.copyOf(sessions);
    }

    /** Registrations made on one day (Europe/Berlin) and all made up to and including that day. */
    public record DayCount(LocalDate day, long count, long cumulative) implements Serializable {
    }

    public record StatusCount(RegistrationStatus status, long count) implements Serializable {
    }

    /** A registration type's quota and the seats its registrations hold. */
    public record TypeFill(String code, int quota, int taken) implements Serializable {
    }

    /**
     * A session's seats (capacity null: no limit of its own), how many wait in its queue, and its attendance
     * from room scanning: people checked in, seats released as no-shows, seats given to walk-ups at the door.
     */
    public record SessionFill(long id, String title, Instant startsAt, Integer capacity, int taken, long waitlisted,
                              boolean cancelled, long checkedIn, long noShows, long walkUps)
            implements Serializable {

        /** Share of the capacity taken in percent (rounded down), or null without a capacity. */
        public Integer percent() {
            return capacity == null || capacity <= 0 ? null : (int) Math.min(100L, taken * 100L / capacity);
        }
    }

    /** People checked in, in percent of the confirmed (rounded down). */
    public int checkedInPercent() {
        return confirmed == 0 ? 0 : (int) (checkedIn * 100 / confirmed);
    }

    public long noShows() {
        return Math.max(0, confirmed - checkedIn);
    }
}
