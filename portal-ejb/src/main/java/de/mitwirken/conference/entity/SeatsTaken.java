package de.mitwirken.conference.entity;

/**
 * Thrown when a seat is taken that is not free. The boundaries check for room under the conference lock
 * before taking, so reaching this is a programming error; the database's CHECK constraints would also refuse.
 */
public class SeatsTaken extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SeatsTaken(String what) {
        super("no free seat: " + what);
    }
}
