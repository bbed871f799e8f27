package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.entity.ListingVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The total and the counts per filter value of the public list, kept for a short time: they cost six
 * grouped queries over all public needs and do not change when someone only turns a page or re-sorts.
 * A change of a need on this node drops them at once; the time limit covers changes on other nodes.
 */
@ApplicationScoped
public class ListingCounts {

    private static final int MAX_ENTRIES = 2_000;

    /** What the list shows besides the page itself. */
    public record Counts(long total, Map<String, Map<String, Long>> byDimension) {
    }

    private record Entry(long version, Instant computedAt, Counts counts) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.needs.list.counts-seconds", defaultValue = "30")
    int seconds;

    public Counts of(NeedFilter filter, String terms, Supplier<Counts> compute) {
        if (seconds <= 0) {
            return compute.get();
        }
        String key = key(filter, terms);
        long version = ListingVersion.current();
        Instant now = clock.instant();
        Optional<Entry> cached = Optional.ofNullable(entries.get(key))
                .filter(e -> e.version() == version && e.computedAt().plus(Duration.ofSeconds(seconds)).isAfter(now));
        if (cached.isPresent()) {
            return cached.get().counts();
        }
        Counts counts = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // crude but bounded: many distinct searches only cost a recount
        }
        entries.put(key, new Entry(version, now, counts));
        return counts;
    }

    /** Page and sort order do not change the counts. */
    private static String key(NeedFilter f, String terms) {
        return f.field() + "|" + f.serviceId() + "|" + f.status() + "|" + f.submitterType() + "|" + f.district()
                + "|" + terms;
    }
}
