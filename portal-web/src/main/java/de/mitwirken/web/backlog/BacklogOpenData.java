package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.web.platform.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The strategy's open datasets: the public roadmap, and the KPIs with their measurements. */
@ApplicationScoped
public class BacklogOpenData implements OpenDataset {

    @Inject
    Kpis kpis;

    @Override
    public List<Facts> datasets() {
        // the latest measured day tells when the KPIs last grew; revisions of a definition come from the change log
        Instant measured = kpis.overview().stream().flatMap(k -> k.measurements().stream())
                .map(KpiView.MeasurementView::date).max(java.time.LocalDate::compareTo)
                .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null);
        return List.of(
                new Facts("roadmap", "backlog.opendata.roadmap", 30, Frequency.IRREG, List.of("GOVE", "TECH"),
                        "/backlog/index.xhtml", null,
                        List.of("backlog_item", "backlog_item_field", "backlog_status_change", "backlog_milestone",
                                "backlog_milestone_move", "rank_override"),
                        List.of(Distribution.file("/backlog/export.csv", Format.CSV),
                                Distribution.file("/api/backlog", Format.JSON),
                                Distribution.file("/feeds/roadmap.atom", Format.ATOM))),
                new Facts("kpis", "backlog.opendata.kpis", 40, Frequency.IRREG, List.of("GOVE", "TECH"),
                        "/backlog/kpis.xhtml", measured, List.of("kpi", "kpi_measurement"),
                        List.of(Distribution.file("/opendata/kpis.csv", Format.CSV),
                                Distribution.file("/api/kpis", Format.JSON))));
    }
}
