package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Conference;
import de.mitwirken.platform.boundary.ClientNetwork;
import de.mitwirken.platform.boundary.RateLimiter;
import de.mitwirken.platform.boundary.TooManyAttempts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many guest registrations an edition takes per hour: per address, per network (IPv4 /24, IPv6 /64,
 * {@link ClientNetwork}) and in all. The organisers set them per edition; what they leave open is the portal's
 * default. Counted in the database for all nodes ({@link RateLimiter}); an attempt over a limit counts too, so a
 * client that keeps knocking stays out until the hour ends.
 */
@Stateless
public class GuestLimits {

    static final Duration HOUR = Duration.ofHours(1);

    @Inject
    RateLimiter limiter;
    @Inject
    @ConfigProperty(name = "portal.conference.guest.per-address-per-hour", defaultValue = "3")
    int perAddress;
    @Inject
    @ConfigProperty(name = "portal.conference.guest.per-network-per-hour", defaultValue = "20")
    int perNetwork;
    @Inject
    @ConfigProperty(name = "portal.conference.guest.total-per-hour", defaultValue = "500")
    int total;

    /** The limits that apply to the edition: its own, else the portal's defaults. */
    public Limits of(Conference c) {
        return new Limits(or(c.guestLimitAddress(), perAddress), or(c.guestLimitNetwork(), perNetwork),
                or(c.guestLimitTotal(), total));
    }

    /** The portal's defaults, for the settings page to show what an empty field means. */
    public Limits defaults() {
        return new Limits(perAddress, perNetwork, total);
    }

    /** Counts one guest registration; refused with the limit it ran into and when to come back. */
    public void admit(Conference c, String email, String clientAddress) {
        Limits limits = of(c);
        String purpose = "conference.guest." + c.id();
        Duration wait = limiter.waitFor(RateLimiter.emailBucket(purpose, email), limits.perAddress(), HOUR);
        if (!wait.isZero()) {
            throw new TooManyAttempts("conference.error.tooManyForAddress", wait);
        }
        wait = limiter.waitFor(RateLimiter.ipBucket(purpose, network(clientAddress)), limits.perNetwork(), HOUR);
        if (!wait.isZero()) {
            throw new TooManyAttempts("conference.error.tooManyFromNetwork", wait);
        }
        wait = limiter.waitFor(purpose + ":all", limits.total(), HOUR);
        if (!wait.isZero()) {
            throw new TooManyAttempts("conference.error.tooManyGuests", wait);
        }
    }

    /** The network of a client; what is no IP address (never expected from the web tier) counts as one network. */
    static String network(String clientAddress) {
        return ClientNetwork.of(clientAddress).orElse("unknown");
    }

    private static int or(Integer own, int fallback) {
        return own == null ? fallback : own;
    }

    /** Guest registrations per hour. */
    public record Limits(int perAddress, int perNetwork, int total) {
    }
}
