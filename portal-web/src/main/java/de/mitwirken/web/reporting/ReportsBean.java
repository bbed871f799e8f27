package de.mitwirken.web.reporting;

import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public list of released progress reports, newest period first. */
@Named
@RequestScoped
public class ReportsBean {

    @Inject
    ProgressReports reports;

    private List<ReportSummary> released;

    @PostConstruct
    void load() {
        released = reports.releasedReports();
    }

    public List<ReportSummary> getReleased() {
        return released;
    }
}
