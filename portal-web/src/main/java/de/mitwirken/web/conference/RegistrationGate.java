package de.mitwirken.web.conference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounded admission of registrations on this node (the API and the form): at most
 * {@code portal.conference.registration.max-in-flight} are worked on at once; one more is turned away at once
 * ("busy, try again later": 503 with a paced Retry-After in the API, a message on the form) instead of waiting in
 * the server's request queue behind the database for many seconds. The bound must stay below the server's
 * request threads (32, configure-domain.sh), so that threads are left to turn the others away quickly, and at
 * or below the database pool (48), so that an admitted registration never waits for a connection.
 */
@ApplicationScoped
public class RegistrationGate {

    static final int DEFAULT_MAX_IN_FLIGHT = 24;

    @Inject
    @ConfigProperty(name = "portal.conference.registration.max-in-flight", defaultValue = "" + DEFAULT_MAX_IN_FLIGHT)
    int maxInFlight;

    private Semaphore permits;
    private final RetryPace pace = new RetryPace(System::currentTimeMillis,
            bound -> ThreadLocalRandom.current().nextInt(bound));

    public RegistrationGate() {
        // for CDI; sized in init()
    }

    RegistrationGate(int maxInFlight) {
        this.maxInFlight = maxInFlight;
        init();
    }

    @PostConstruct
    void init() {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("portal.conference.registration.max-in-flight must be at least 1");
        }
        permits = new Semaphore(maxInFlight);
    }

    /**
     * Runs {@code admitted} if this node has room for one more registration, else (at once, without waiting)
     * {@code turnedAway} with the seconds the client should wait before it tries again ({@link RetryPace}: from
     * 1 up to the time this node needs for the crowd already waiting); the place is given back however
     * {@code admitted} ends.
     */
    public <T> T through(Supplier<T> admitted, IntFunction<T> turnedAway) {
        if (!permits.tryAcquire()) {
            return turnedAway.apply(pace.turnedAway());
        }
        try {
            T done = admitted.get();
            pace.completed();
            return done;
        } finally {
            permits.release();
        }
    }
}
