package de.mitwirken.web.reporting;

import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportDocument;
import de.mitwirken.web.platform.Pages;
import de.mitwirken.web.platform.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One stored report inside the portal's frame: its title as the page's h1 and its HTML snapshot, which was
 * escaped when the report was generated (ReportHtml) and is stored unchangeable; unknown reports, and
 * unreleased ones for anyone but the strategy office, are not found.
 */
@Named
@RequestScoped
public class ReportBean {

    @Inject
    HttpServletRequest request;

    @Inject
    ProgressReports reports;

    private ReportDocument report;

    @PostConstruct
    void load() {
        Long id = UrlParams.id(request.getParameter("id"));
        report = id == null ? null : reports.report(id).orElse(null);
        if (report == null) {
            Pages.notFound();
        }
    }

    public ReportDocument getReport() {
        return report;
    }
}
