package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.platform.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The needs' open datasets: the published needs, and the clusters of similar needs. */
@ApplicationScoped
public class NeedsOpenData implements OpenDataset {

    @Inject
    PublicNeeds needs;

    @Override
    public List<Facts> datasets() {
        // the newest publication and the newest answer: each the first of its order on the first page
        Instant published = newest(NeedFilter.Sort.NEWEST, NeedSummary::publishedAt);
        Instant answered = newest(NeedFilter.Sort.RECENTLY_ANSWERED, NeedSummary::answeredAt);
        Instant modified = published == null || (answered != null && answered.isAfter(published)) ? answered : published;
        return List.of(
                new Facts("needs", "needs.opendata.needs", 10, Frequency.CONT, List.of("GOVE", "SOCI"),
                        "/needs/index.xhtml", modified,
                        List.of("need", "need_status_change", "need_comment", "need_service", "need_cluster"),
                        List.of(Distribution.file("/needs/export.csv", Format.CSV),
                                Distribution.file("/api/needs", Format.JSON),
                                Distribution.file("/feeds/needs.atom", Format.ATOM))),
                new Facts("clusters", "needs.opendata.clusters", 20, Frequency.IRREG, List.of("GOVE"),
                        "/needs/index.xhtml", null, List.of("need_cluster", "need"),
                        List.of(Distribution.file("/opendata/clusters.csv", Format.CSV),
                                Distribution.file("/api/needs/clusters", Format.JSON))));
    }

    private Instant newest(NeedFilter.Sort sort, Function<NeedSummary, Instant> date) {
        NeedFilter filter = new NeedFilter(null, null, null, null, null, null, sort, 0);
        return needs.page(filter).needs().stream().map(date).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }
}
