package de.mitwirken.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the accessibility feedback (portal.accessibility.feedback.*, portal.retention.accessibility-feedback.days). */
@ApplicationScoped
public class FeedbackSettings {

    /** Who reads the feedback; without an address of its own, the operator's address of the contact page. */
    @Inject
    @ConfigProperty(name = "portal.accessibility.feedback.to")
    Optional<String> to;

    @Inject
    @ConfigProperty(name = "portal.operator.email")
    String operatorEmail;

    @Inject
    @ConfigProperty(name = "portal.accessibility.feedback.per-ip-per-hour", defaultValue = "10")
    int perIpAndHour;

    @Inject
    @ConfigProperty(name = "portal.accessibility.feedback.per-email-per-day", defaultValue = "5")
    int perEmailAndDay;

    @Inject
    @ConfigProperty(name = "portal.retention.accessibility-feedback.days", defaultValue = "365")
    int keepAnsweredDays;

    public String recipient() {
        return to.filter(s -> !s.isBlank()).orElse(operatorEmail);
    }

    public int perIpAndHour() {
        return perIpAndHour;
    }

    public int perEmailAndDay() {
        return perEmailAndDay;
    }

    public Duration keepAnswered() {
        return Duration.ofDays(keepAnsweredDays);
    }
}
