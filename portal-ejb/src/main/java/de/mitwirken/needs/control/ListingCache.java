package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.entity.ListingVersion;
import de.mitwirken.platform.boundary.PublicDataWatch;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the public list shows, kept for a short time: the total and the counts per filter value (six grouped
 * queries over all public needs, the same for every page and sort order) and the pages themselves (a search
 * ranks tens of thousands of needs). When many people open the same list at once (a newspaper article links
 * it), one of them reads the database and the others wait for that answer instead of running the same
 * queries in parallel. A change of a need on this node (also a support or a comment: the list shows their
 * counts) drops everything at once; a change committed on any node drops it within a second, when this node's
 * {@link PublicDataWatch} reads the database's version of the public data (issue #27). The time limits only bound
 * how long an unchanged answer is reused.
 */
@ApplicationScoped
public class ListingCache {

    /** What the list shows besides the page itself. */
    public record Counts(long total, Map<String, Map<String, Long>> byDimension) {
    }

    private final Memo<Counts> counts = new Memo<>(2_000);
    private final Memo<NeedPage> pages = new Memo<>(2_000);

    @Inject
    Clock clock;

    @EJB
    PublicDataWatch publicData;

    @Inject
    @ConfigProperty(name = "portal.needs.list.counts-seconds", defaultValue = "30")
    int countsSeconds;

    @Inject
    @ConfigProperty(name = "portal.needs.list.page-seconds", defaultValue = "10")
    int pageSeconds;

    public Counts counts(NeedFilter filter, String terms, Supplier<Counts> compute) {
        return counts.get(countsKey(filter, terms), version(), clock.instant(),
                Duration.ofSeconds(countsSeconds), compute);
    }

    public NeedPage page(NeedFilter filter, String terms, Supplier<NeedPage> compute) {
        return pages.get(countsKey(filter, terms) + "|" + filter.sort() + "|" + filter.page(), version(),
                clock.instant(), Duration.ofSeconds(pageSeconds), compute);
    }

    /**
     * Both counters only grow, so their sum changes whenever either does: this node's own changes and the search
     * index's reading of the change log (ListingVersion), and the database's version of the public data.
     */
    private long version() {
        return ListingVersion.current() + publicData.generation();
    }

    /** Page and sort order do not change the counts. */
    private static String countsKey(NeedFilter f, String terms) {
        return f.field() + "|" + f.serviceId() + "|" + f.status() + "|" + f.submitterType() + "|" + f.district()
                + "|" + terms;
    }
}
