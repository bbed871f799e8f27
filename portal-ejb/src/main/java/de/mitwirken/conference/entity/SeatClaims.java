package de.mitwirken.conference.entity;

/**
 * Where a new registration's seats are taken. The registration decides what it asks for (a place needs the
 * conference and the type, a session seat is asked for only with a place, sessions in order of id); the
 * claims say whether the seat was there. In the application the database counts ({@code control.Seating}:
 * conditional updates, so no lock is read and held across statements); {@link #IN_MEMORY} counts on the
 * entities themselves, for callers that hold the conference's lock and for tests.
 */
public interface SeatClaims {

    /** A place in the conference and in the type together: both or neither. */
    boolean place(Conference conference, RegistrationType type);

    /** A seat in one session (asked only after a place was given). */
    boolean seat(ConferenceSession session);

    SeatClaims IN_MEMORY = new SeatClaims() {
        @Override
        public boolean place(Conference conference, RegistrationType type) {
            if (!conference.hasRoom() || !type.hasRoom()) {
                return false;
            }
            conference.takeSeat();
            type.takeSeat();
            return true;
        }

        @Override
        public boolean seat(ConferenceSession session) {
            if (!session.hasRoom()) {
                return false;
            }
            session.takeSeat();
            return true;
        }
    };
}
