package de.mitwirken.needs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of the change log of needs (V26): database triggers write one for every change of a need or its
 * services, in the transaction of the change; the portal only reads and prunes them. The queries of the search
 * index live here too, so that it reads exactly the columns it indexes.
 */
@Entity
@Table(name = "need_change")
@NamedQuery(name = NeedChange.AFTER, query = "SELECT c.id, c.needId FROM NeedChange c WHERE c.id > :after ORDER BY c.id")
@NamedQuery(name = NeedChange.AMONG, query = "SELECT c.id, c.needId FROM NeedChange c WHERE c.id IN :ids")
@NamedQuery(name = NeedChange.NEWEST, query = "SELECT MAX(c.id) FROM NeedChange c")
@NamedQuery(name = NeedChange.PRUNE, query = "DELETE FROM NeedChange c WHERE c.changedAt < :before AND c.id < :newest")
@NamedQuery(name = NeedChange.LISTED_AFTER, query = NeedChange.INDEXED + " WHERE n.listed = true AND n.id > :after"
        + " ORDER BY n.id")
@NamedQuery(name = NeedChange.LISTED_AMONG, query = NeedChange.INDEXED + " WHERE n.listed = true AND n.id IN :ids")
@NamedQuery(name = NeedChange.SERVICES_OF, query = "SELECT n.id, s.id FROM Need n JOIN n.services s WHERE n.id IN :ids")
public class NeedChange {

    /** Changes after :after, oldest first: rows [id, needId]. */
    public static final String AFTER = "NeedChange.after";
    /** Changes with the given ids (:ids), for ids skipped while their transaction was still open. */
    public static final String AMONG = "NeedChange.among";
    public static final String NEWEST = "NeedChange.newest";
    /** Deletes changes before :before, keeping :newest and later. */
    public static final String PRUNE = "NeedChange.prune";
    /** Listed needs after :after by id, as the index reads them (columns in the order of {@link #INDEXED}). */
    public static final String LISTED_AFTER = "NeedChange.listedAfter";
    /** The listed needs among :ids, as the index reads them. */
    public static final String LISTED_AMONG = "NeedChange.listedAmong";
    /** Rows [needId, serviceId] of the needs in :ids. */
    public static final String SERVICES_OF = "NeedChange.servicesOf";
    static final String INDEXED = "SELECT n.id, n.title, n.description, n.organisation, n.field, n.status,"
            + " n.submitterType, n.district, n.supportCount, n.publishedAt, n.answeredAt FROM Need n";

    @Id
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected NeedChange() {
        // for JPA; rows are written by the database's triggers only
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }
}
