package de.mitwirken.web.reporting;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The strategy office generates report drafts for a period (commentary and release: {@link ReportDraftBean}). */
@Named
@ViewScoped
public class ReportOfficeBean implements Serializable {

    private static final String FORM = "generate:";

    @Inject
    ProgressReports reports;

    private List<ReportSummary> all;
    private String from;
    private String to;

    @PostConstruct
    void load() {
        all = reports.reports();
    }

    public void generate() {
        LocalDate start = day(from, "from");
        LocalDate end = day(to, "to");
        if (!FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return;
        }
        try {
            long id = reports.generateReport(start, end);
            all = reports.reports();
            Pages.info("reporting.office.generated", all.stream().filter(r -> r.id() == id).findFirst()
                    .map(ReportSummary::version).orElse(1));
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        }
    }

    /** A date as typed (yyyy-mm-dd); a message next to the field if it is not one, null if empty. */
    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Pages.error(FORM + field, "reporting.error.date");
            return null;
        }
    }

    public List<ReportSummary> getAll() {
        return all;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
