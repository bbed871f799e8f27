package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reading the audit log: filtered pages for the administration page, and the CSV export of a filter. */
@Stateless
@RolesAllowed(PlatformPermissions.ADMINISTER)
public class AuditSearch {

    static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    public List<AuditView> page(AuditQuery query, int first, int size) {
        return select(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(size, 500))
                .getResultStream().map(AuditView::of).toList();
    }

    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEntry> root = cq.from(AuditEntry.class);
        cq.select(cb.count(root)).where(filters(cb, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    /** Writes every matching entry as CSV (RFC 4180, UTF-8, header line), in chunks to keep memory flat. */
    public void exportCsv(AuditQuery query, Writer out) {
        try {
            out.write("id,occurred_at,actor_username,actor_name,action,object_type,object_id,summary,before,after\r\n");
            int first = 0;
            List<AuditView> chunk;
            do {
                chunk = select(query).setFirstResult(first).setMaxResults(EXPORT_CHUNK).getResultStream()
                        .map(AuditView::of).toList();
                for (AuditView e : chunk) {
                    out.write(csv(e.id(), e.occurredAt(), e.actorUsername(), e.actorName(), e.action(),
                            e.objectType(), e.objectId(), e.summary(), e.before(), e.after()));
                }
                first += EXPORT_CHUNK;
                em.clear();
            } while (chunk.size() == EXPORT_CHUNK);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TypedQuery<AuditEntry> select(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> root = cq.from(AuditEntry.class);
        cq.select(root).where(filters(cb, root, query)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return em.createQuery(cq);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> root, AuditQuery q) {
        List<Predicate> where = new ArrayList<>();
        like(cb, root, "actorUsername", q.actor(), where::add);
        like(cb, root, "action", q.action(), where::add);
        if (notBlank(q.objectType())) {
            where.add(cb.equal(root.get("objectType"), q.objectType().strip()));
        }
        if (notBlank(q.objectId())) {
            where.add(cb.equal(root.get("objectId"), q.objectId().strip()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from().atStartOfDay(PORTAL_ZONE).toInstant()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), q.to().plusDays(1).atStartOfDay(PORTAL_ZONE).toInstant()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Prefix search; LIKE wildcards typed by the user are taken literally. */
    private static void like(CriteriaBuilder cb, Root<AuditEntry> root, String field, String value,
                             Consumer<Predicate> add) {
        if (notBlank(value)) {
            String escaped = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            add.accept(cb.like(root.get(field), escaped + "%", '\\'));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String csv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = values[i] == null ? "" : String.valueOf(values[i]);
            // cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            line.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
