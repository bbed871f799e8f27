package de.mitwirken.needs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the needs capability (portal.needs.*). */
@ApplicationScoped
public class NeedsConfig {

    @Inject
    @ConfigProperty(name = "portal.needs.districts", defaultValue = "Mitte,Altstadt,Nord,Ost,Süd,West,Hafen,Hochschulviertel")
    String districts;

    @Inject
    @ConfigProperty(name = "portal.needs.guest.per-ip-per-hour", defaultValue = "5")
    int guestPerIp;

    @Inject
    @ConfigProperty(name = "portal.needs.guest.per-email-per-day", defaultValue = "3")
    int guestPerEmail;

    @Inject
    @ConfigProperty(name = "portal.retention.unconfirmed-needs.days", defaultValue = "7")
    int unconfirmedDays;

    @Inject
    @ConfigProperty(name = "portal.retention.guest-addresses.days", defaultValue = "180")
    int guestAddressDays;

    @Inject
    @ConfigProperty(name = "portal.retention.ended-blocks.days", defaultValue = "730")
    int endedBlockDays;

    public List<String> districts() {
        return Arrays.stream(districts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public int guestSubmissionsPerIpAndHour() {
        return guestPerIp;
    }

    public int guestSubmissionsPerEmailAndDay() {
        return guestPerEmail;
    }

    public Duration keepUnconfirmed() {
        return Duration.ofDays(unconfirmedDays);
    }

    public Duration keepGuestAddresses() {
        return Duration.ofDays(guestAddressDays);
    }

    /** How long a block that ended or was lifted stays in the moderators' list. */
    public Duration keepEndedBlocks() {
        return Duration.ofDays(endedBlockDays);
    }
}
