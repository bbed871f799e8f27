package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.RateLimitHit;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fixed-window rate limits for what guests can trigger (submissions, registrations, confirmation mails),
 * counted in the database so that all nodes share one count. Email addresses are stored only as hashes.
 */
@Stateless
public class RateLimiter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts one attempt in the bucket and says whether it is still within the limit. Counted in a
     * transaction of its own, so a refused or failing use case still counts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        Instant now = clock.instant();
        long seconds = Math.max(1, window.toSeconds());
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
        Timestamp windowStart = Timestamp.from(start);
        em.createNamedQuery(RateLimitHit.HIT).setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
        Number hits = (Number) em.createNamedQuery(RateLimitHit.COUNT).setParameter(1, bucket)
                .setParameter(2, windowStart).getSingleResult();
        return hits.intValue() <= limit;
    }

    /**
     * Like {@link #tryAcquire}, but says how long to wait: {@link Duration#ZERO} within the limit, else the time
     * until the window ends (at least a second), which the API passes on as {@code Retry-After}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration waitFor(String bucket, int limit, Duration window) {
        if (tryAcquire(bucket, limit, window)) {
            return Duration.ZERO;
        }
        return untilWindowEnds(clock.instant(), window);
    }

    /** The time from now to the end of the fixed window that holds now, at least a second. */
    static Duration untilWindowEnds(Instant now, Duration window) {
        long seconds = Math.max(1, window.toSeconds());
        long end = (now.getEpochSecond() / seconds + 1) * seconds;
        return Duration.ofSeconds(Math.max(1, end - now.getEpochSecond()));
    }

    /** A bucket name for an email address that does not store the address itself. */
    public static String emailBucket(String purpose, String email) {
        return purpose + ":mail:" + sha256(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    public static String ipBucket(String purpose, String ip) {
        return purpose + ":ip:" + sha256(ip == null ? "" : ip);
    }

    private static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
