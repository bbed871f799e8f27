package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.RetentionRule;
import de.mitwirken.platform.entity.AccessibilityFeedback;
import de.mitwirken.platform.entity.JobClaim;
import de.mitwirken.platform.entity.MailStatus;
import de.mitwirken.platform.entity.OutboxMail;
import de.mitwirken.platform.entity.PublicDataChange;
import de.mitwirken.platform.entity.RateLimitHit;
import de.mitwirken.platform.entity.UsedHumanCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's own retention rules: delivered and dead mails, old rate-limit counters, answered feedback. */
public final class PlatformRetentionRules {

    private PlatformRetentionRules() {
    }

    /** Mails of one final status, kept for a configured number of days. */
    abstract static class FinishedMails implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        abstract MailStatus status();

        abstract int days();

        @Override
        public Duration keep() {
            return Duration.ofDays(days());
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(OutboxMail.DELETE_FINISHED_BEFORE).setParameter("status", status())
                    .setParameter("cutoff", cutoff).executeUpdate();
        }
    }

    /** Delivered mails hold personal data (address, content) and are kept only for support questions. */
    @ApplicationScoped
    public static class SentMails extends FinishedMails {

        @Inject
        @ConfigProperty(name = "portal.retention.mail-sent.days", defaultValue = "30")
        int days;

        @Override
        public String name() {
            return "platform.sent-mails";
        }

        @Override
        MailStatus status() {
            return MailStatus.SENT;
        }

        @Override
        int days() {
            return days;
        }
    }

    /** Dead letters are kept longer, so that an administrator can still resend them after an outage. */
    @ApplicationScoped
    public static class DeadMails extends FinishedMails {

        @Inject
        @ConfigProperty(name = "portal.retention.mail-dead.days", defaultValue = "180")
        int days;

        @Override
        public String name() {
            return "platform.dead-mails";
        }

        @Override
        MailStatus status() {
            return MailStatus.DEAD;
        }

        @Override
        int days() {
            return days;
        }
    }

    /** Rate-limit counters are only needed for their window. */
    @ApplicationScoped
    public static class RateLimitCounters implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        @Override
        public String name() {
            return "platform.rate-limit-counters";
        }

        @Override
        public Duration keep() {
            return Duration.ofDays(2);
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(RateLimitHit.DELETE_BEFORE)
                    .setParameter("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** Spent human checks are kept only until their puzzle expires: after that it is refused as expired anyway. */
    @ApplicationScoped
    public static class UsedHumanChecks implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        @Override
        public String name() {
            return "platform.used-human-checks";
        }

        @Override
        public Duration keep() {
            return Duration.ZERO;
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(UsedHumanCheck.DELETE_EXPIRED)
                    .setParameter("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
        }
    }

    /**
     * The page cache's data version reads only the newest rows of public_data_change; older ones are of no use.
     * (Deleting some of the newest 1 000 on a quiet day drops the cached pages once: harmless.)
     */
    @ApplicationScoped
    public static class PublicDataChanges implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        @Override
        public String name() {
            return "platform.public-data-changes";
        }

        @Override
        public Duration keep() {
            return Duration.ofDays(1);
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(PublicDataChange.DELETE_BEFORE)
                    .setParameter("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
        }
    }

    /**
     * Accessibility feedback is kept while open (it is tracked until answered) and for a period after the
     * answer, for questions about it and the next review of the statement; then it is deleted.
     */
    @ApplicationScoped
    public static class AnsweredFeedback implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        @Inject
        FeedbackSettings settings;

        @Override
        public String name() {
            return "platform.answered-accessibility-feedback";
        }

        @Override
        public Duration keep() {
            return settings.keepAnswered();
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(AccessibilityFeedback.DELETE_ANSWERED_BEFORE).setParameter("cutoff", cutoff)
                    .executeUpdate();
        }
    }

    /** Job claims only have to outlive their slot; a few days show which node ran what (issue #27). */
    @ApplicationScoped
    public static class JobClaims implements RetentionRule {

        @PersistenceContext
        EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.job-claims.days", defaultValue = "3")
        int days;

        @Override
        public String name() {
            return "platform.job-claims";
        }

        @Override
        public Duration keep() {
            return Duration.ofDays(days);
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return em.createNamedQuery(JobClaim.DELETE_BEFORE)
                    .setParameter("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
        }
    }
}
