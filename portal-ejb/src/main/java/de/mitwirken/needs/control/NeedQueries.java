package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public list: filters, German-aware full-text search, sorting, paging and the counts per filter
 * value. A search text and the similar needs are answered by this node's search index ({@link SearchIndexNode}):
 * the index gives the page of ids and the counts, the summaries are read by id. While the index warms up, and
 * for the list without a search text, the database answers: the JPQL is composed from fixed fragments and
 * parameters only; the full-text condition uses MariaDB's MATCH … AGAINST on the stemmed search_terms column
 * (FULLTEXT index) through EclipseLink's SQL().
 */
@ApplicationScoped
public class NeedQueries {

    static final String SUMMARY = "SELECT NEW de.mitwirken.needs.boundary.NeedSummary(n.id, n.title, n.description,"
            + " n.field, n.status, n.outcome, n.submitterType, n.organisation, n.district, n.supportCount,"
            + " n.commentCount, n.publishedAt, n.answeredAt, c.id, c.title, n.hidden, n.verifiedSupportCount) FROM Need n LEFT JOIN n.cluster c";
    static final String MATCH = "SQL('MATCH(?) AGAINST(? IN BOOLEAN MODE)', n.searchTerms, :terms)";
    private static final List<String> DIMENSIONS = List.of("field", "status", "submitterType", "district", "service");

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingCache listingCache;

    @Inject
    SearchIndexNode searchIndex;

    @Inject
    Clock clock;

    public NeedPage page(NeedFilter filter) {
        String terms = filter.text() == null ? "" : SearchTerms.query(filter.text());
        if (filter.text() != null && terms.isEmpty()) {
            return new NeedPage(List.of(), 0, 0, Map.of()); // only stop words typed: nothing to find
        }
        Optional<NeedIndex> index = filter.text() == null ? Optional.empty() : searchIndex.index();
        if (index.isPresent()) {
            // keyed by the index's generation too: a page is never older than what the index knows
            return listingCache.page(filter, terms + "|index " + generation(index.get()),
                    () -> fromIndex(index.get(), filter));
        }
        return listingCache.page(filter, terms, () -> read(filter, terms));
    }

    private static long generation(NeedIndex index) {
        try {
            return index.generation();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NeedPage fromIndex(NeedIndex index, NeedFilter filter) {
        try {
            NeedIndex.Hits hits = index.page(filter, clock.instant());
            return new NeedPage(inOrder(hits.ids()), hits.total(), filter.page(), hits.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summaries of these needs in this order, read by id. Only listed ones: a need hidden a moment ago on
     * another node leaves the page at once, even before this node's index has read the change.
     */
    private List<NeedSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, NeedSummary> byId = em.createQuery(SUMMARY + " WHERE n.listed = true AND n.id IN :ids",
                NeedSummary.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(NeedSummary::id, n -> n));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private NeedPage read(NeedFilter filter, String terms) {
        Where where = where(filter, terms, null);
        TypedQuery<NeedSummary> query = em.createQuery(SUMMARY + where.joins + where.clause + orderBy(filter),
                NeedSummary.class);
        where.bind(query);
        List<NeedSummary> needs = query.setFirstResult(filter.page() * NeedFilter.PAGE_SIZE)
                .setMaxResults(NeedFilter.PAGE_SIZE).getResultList();
        ListingCache.Counts counts = listingCache.counts(filter, terms, () -> {
            TypedQuery<Long> count = em.createQuery("SELECT " + counted(where.joins) + " FROM Need n" + where.joins
                    + where.clause, Long.class);
            where.bind(count);
            Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
            for (String dimension : DIMENSIONS) {
                byDimension.put(dimension, countsBy(dimension, filter, terms));
            }
            return new ListingCache.Counts(count.getSingleResult(), byDimension);
        });
        return new NeedPage(List.copyOf(needs), counts.total(), filter.page(), counts.byDimension());
    }

    /**
     * Published needs most similar to what someone is typing (for "this is my need too"), from the index once it
     * is built. From the database: needs with all the typed word stems come first; only if they are fewer than
     * {@code max}, needs with any of them fill up.
     * Ranking every need that shares one common word is what makes full-text search slow on large data, and
     * the precise query usually answers alone.
     */
    public List<NeedSummary> similar(String typed, int max) {
        String any = SearchTerms.query(typed);
        if (any.isEmpty()) {
            return List.of();
        }
        Optional<NeedIndex> index = searchIndex.index();
        if (index.isPresent()) {
            try {
                return inOrder(index.get().similar(typed, max, clock.instant()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<NeedSummary> found = new ArrayList<>(matching(SearchTerms.queryAll(typed), max));
        if (found.size() < max && any.indexOf(' ') > 0) {
            Set<Long> seen = found.stream().map(NeedSummary::id).collect(Collectors.toSet());
            matching(any, max + found.size()).stream().filter(n -> seen.add(n.id())).limit(max - found.size())
                    .forEach(found::add);
        }
        return found;
    }

    private List<NeedSummary> matching(String terms, int max) {
        return em.createQuery(SUMMARY + " WHERE n.listed = true AND " + MATCH + " > 0"
                        + " ORDER BY " + MATCH + " DESC, n.supportCount DESC", NeedSummary.class)
                .setParameter("terms", terms).setMaxResults(max).getResultList();
    }

    /** The public ones among the given needs, by number (for pages that link to needs by id). */
    public List<NeedSummary> listed(Collection<Long> ids, int max) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SUMMARY + " WHERE n.listed = true AND n.id IN :ids ORDER BY n.id", NeedSummary.class)
                .setParameter("ids", ids).setMaxResults(max).getResultList();
    }

    private Map<String, Long> countsBy(String dimension, NeedFilter filter, String terms) {
        Where where = where(filter, terms, dimension);
        String group = switch (dimension) {
            case "service" -> "s2.id";
            default -> "n." + dimension;
        };
        String joins = where.joins + ("service".equals(dimension) ? " JOIN n.services s2" : "");
        TypedQuery<Object[]> query = em.createQuery("SELECT " + group + ", " + counted(joins) + " FROM Need n" + joins
                + where.clause + " GROUP BY " + group, Object[].class);
        where.bind(query);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            if (row[0] != null) {
                counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    /** A join with the services repeats a need per service; without it, counting rows is enough (and cheaper). */
    private static String counted(String joins) {
        return joins.isEmpty() ? "COUNT(n.id)" : "COUNT(DISTINCT n.id)";
    }

    private static String orderBy(NeedFilter filter) {
        return switch (filter.sort()) {
            case MOST_SUPPORTED -> " ORDER BY n.supportCount DESC, n.publishedAt DESC, n.id DESC";
            case RECENTLY_ANSWERED -> " ORDER BY n.answeredAt DESC, n.publishedAt DESC, n.id DESC";
            case RELEVANCE -> " ORDER BY " + MATCH + " DESC, n.supportCount DESC, n.id DESC";
            case NEWEST -> " ORDER BY n.publishedAt DESC, n.id DESC";
        };
    }

    /** The WHERE clause of a filter, leaving out one dimension (for that dimension's counts). */
    private static Where where(NeedFilter f, String terms, String without) {
        Where where = new Where();
        where.add("n.listed = true"); // published or answered, not hidden (a stored column with indexes)
        if (f.status() != null && !"status".equals(without)) {
            where.add("n.status = :status", "status", f.status());
        }
        if (f.field() != null && !"field".equals(without)) {
            where.add("n.field = :field", "field", f.field());
        }
        if (f.submitterType() != null && !"submitterType".equals(without)) {
            where.add("n.submitterType = :submitterType", "submitterType", f.submitterType());
        }
        if (f.district() != null && !"district".equals(without)) {
            where.add("n.district = :district", "district", f.district());
        }
        if (f.serviceId() != null && !"service".equals(without)) {
            where.joins = " JOIN n.services s";
            where.add("s.id = :serviceId", "serviceId", f.serviceId());
        }
        if (!terms.isEmpty()) {
            where.add(MATCH + " > 0", "terms", terms);
        }
        return where;
    }

    /** Conditions and their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        String joins = "";
        String clause = "";

        void add(String condition) {
            conditions.add(condition);
            clause = " WHERE " + String.join(" AND ", conditions);
        }

        void add(String condition, String name, Object value) {
            add(condition);
            parameters.put(name, value);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
