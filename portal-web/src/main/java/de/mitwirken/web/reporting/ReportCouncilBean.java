package de.mitwirken.web.reporting;

import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportDocument;
import de.mitwirken.web.council.CouncilPaperPicker;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The strategy office notes the council paper with which a progress report (draft or released) went to the
 * council; the report's page then shows where the council discussed it and with which result.
 */
@Named
@ViewScoped
public class ReportCouncilBean implements Serializable {

    @Inject
    ProgressReports reports;

    @Inject
    CouncilPapers councilPapers;

    private ReportDocument report;
    private CouncilPaperPicker picker;

    @PostConstruct
    void init() {
        report = Pages.byIdOr404("id", id -> reports.report(id, Language.DE).orElse(null));
        picker = new CouncilPaperPicker(councilPapers, "councilPaper:query");
    }

    public void linkPaper(long paperId) {
        if (!picker.found(paperId)) {
            Pages.error("councilPaper:query", "council.link.error.notFound");
            return;
        }
        reports.linkCouncilPaper(report.summary().id(), paperId);
        picker.clear();
        Pages.info("council.link.linked");
        reload();
    }

    public void unlinkPaper() {
        reports.linkCouncilPaper(report.summary().id(), null);
        Pages.info("council.link.unlinked");
        reload();
    }

    private void reload() {
        report = reports.report(report.summary().id(), Language.DE).orElse(report);
    }

    public ReportDocument getReport() {
        return report;
    }

    public CouncilPaperPicker getPicker() {
        return picker;
    }

    public Long getLinkedPaperId() {
        return report == null ? null : report.councilPaperId();
    }
}
