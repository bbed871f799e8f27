package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change to data the public pages show, appended by the database's triggers (V27) in the writer's
 * transaction; the application only reads it (and deletes old rows: retention). Never changed, so the entity has nothing but getters.
 * <p>
 * {@link #VERSION}: the newest id and the sum of the newest 1000 ids. The newest id alone would miss a
 * transaction that took its id before another one but committed after it; its id then joins the newest
 * 1000 and the sum grows.
 */
@Entity
@Table(name = "public_data_change")
@NamedNativeQuery(name = PublicDataChange.VERSION, query = "SELECT COALESCE(MAX(id), 0), COALESCE(SUM(id), 0)"
        + " FROM (SELECT id FROM public_data_change ORDER BY id DESC LIMIT 1000) newest")
@NamedQuery(name = PublicDataChange.DELETE_BEFORE, query = "DELETE FROM PublicDataChange c WHERE c.changedAt < :cutoff")
@NamedQuery(name = PublicDataChange.LAST_PER_SOURCE,
        query = "SELECT c.source, MAX(c.changedAt) FROM PublicDataChange c GROUP BY c.source")
public class PublicDataChange {

    public static final String VERSION = "PublicDataChange.version";
    public static final String DELETE_BEFORE = "PublicDataChange.deleteBefore";
    public static final String LAST_PER_SOURCE = "PublicDataChange.lastPerSource";

    @Id
    private Long id;

    @Column(name = "source", nullable = false, length = 40)
    private String source;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected PublicDataChange() {
        // for JPA; rows come from triggers only
    }

    public Long id() {
        return id;
    }

    public String source() {
        return source;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
