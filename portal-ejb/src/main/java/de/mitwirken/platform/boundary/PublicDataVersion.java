package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.PublicDataChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version of the data the public pages show, as the database's triggers record it (table
 * public_data_change, V27): it differs whenever a change to such data was committed, on any node. The web
 * frame's page cache asks every second and drops its pages when the answer changed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicDataVersion {

    /** Two stamps are equal exactly when no change was committed in between (see {@link PublicDataChange}). */
    public record Stamp(long newest, long sumOfNewest) {
    }

    @PersistenceContext
    EntityManager em;

    public Stamp current() {
        Object[] row = (Object[]) em.createNamedQuery(PublicDataChange.VERSION).getSingleResult();
        return new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * When each table (the triggers' source name) last changed, as far as the log still knows: it keeps one day
     * (retention), so a table missing here did not change within that day. Times are UTC, as the retention reads them.
     */
    public Map<String, Instant> lastChanges() {
        List<Object[]> rows = em.createNamedQuery(PublicDataChange.LAST_PER_SOURCE, Object[].class).getResultList();
        Map<String, Instant> last = new HashMap<>();
        for (Object[] row : rows) {
            last.put((String) row[0], ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC));
        }
        return last;
    }
}
