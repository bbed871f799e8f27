package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outbox settings (portal.mail.*): how often to look for due mails, retries, batch size. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.poll.seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.first.seconds", defaultValue = "60")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.max.seconds", defaultValue = "21600")
    int maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.batch", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@mitwirken.example")
    String from;

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, Duration.ofSeconds(firstRetrySeconds),
                Duration.ofSeconds(Math.max(firstRetrySeconds, maxRetrySeconds)));
    }

    public int batchSize() {
        return batchSize;
    }

    /** How long a claim protects a mail being sent before another node may take it over. */
    public Duration claimLease() {
        return Duration.ofMinutes(5);
    }

    public String from() {
        return from;
    }
}
