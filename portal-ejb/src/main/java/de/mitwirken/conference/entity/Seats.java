package de.mitwirken.conference.entity;

/** The arithmetic of a capacity (null = no limit of its own) and the places taken of it. */
final class Seats {

    private Seats() {
    }

    static boolean hasRoom(Integer capacity, int taken) {
        return capacity == null || taken < capacity;
    }

    static Integer free(Integer capacity, int taken) {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }

    static int take(Integer capacity, int taken, String what) {
        if (!hasRoom(capacity, taken)) {
            throw new SeatsTaken(what);
        }
        return taken + 1;
    }

    static int release(int taken, String what) {
        if (taken <= 0) {
            throw new IllegalStateException("no seat to release: " + what);
        }
        return taken - 1;
    }
}
