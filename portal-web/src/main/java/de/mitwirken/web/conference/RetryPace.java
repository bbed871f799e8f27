package de.mitwirken.web.conference;

import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;

/**
 * How long a turned-away registration should wait (the Retry-After of a 503), so that a crowd comes back spread
 * out instead of all at once. A fixed "1 second" made 2 000 waiting clients knock about 1 900 times a second;
 * answering them took the CPU the admitted registrations needed, and the rush passed 38 instead of 100
 * registrations a second (docs/performance.md, issue #23).
 * <p>
 * The crowd is estimated from the last full second (Little's law): the seconds handed out to the turned-away
 * clients add up to how many are waiting; divided by the registrations completed in that second, that is the
 * time the node needs to serve them all. Each turned-away client gets a wait drawn evenly from 1 second to
 * 1 + that time (at most {@link #MAX_SECONDS}), so the returns arrive at about the pace the node completes.
 */
final class RetryPace {

    /**
     * The longest wait handed out. With 30, a crowd of 2 000 was spread so thin that the node idled (50 instead of
     * 100 registrations a second); 10 keeps it busy while the turned-away clients knock about 200 times a second.
     */
    static final int MAX_SECONDS = 10;

    private final LongSupplier millis;
    private final IntUnaryOperator random; // bound → a value in [0, bound)

    private long second = Long.MIN_VALUE;
    private int completed;
    private int completedBefore;
    private long waitsGiven;
    private long waitsGivenBefore;

    RetryPace(LongSupplier millis, IntUnaryOperator random) {
        this.millis = millis;
        this.random = random;
    }

    synchronized void completed() {
        roll();
        completed++;
    }

    /** The seconds the next turned-away client should wait; counted as given. */
    synchronized int turnedAway() {
        roll();
        long spread = waitsGivenBefore / Math.max(1, completedBefore);
        int wait = 1 + random.applyAsInt((int) Math.min(MAX_SECONDS - 1, spread) + 1);
        waitsGiven += wait;
        return wait;
    }

    private void roll() {
        long now = millis.getAsLong() / 1000;
        if (now == second) {
            return;
        }
        boolean next = now == second + 1;
        completedBefore = next ? completed : 0;
        waitsGivenBefore = next ? waitsGiven : 0;
        completed = 0;
        waitsGiven = 0;
        second = now;
    }
}
