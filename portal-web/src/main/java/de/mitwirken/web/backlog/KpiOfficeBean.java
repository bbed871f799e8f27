package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.platform.boundary.CsvRejected;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CsvUpload;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The strategy office enters KPI measurements one by one or as a CSV file (all or nothing). */
@Named
@ViewScoped
public class KpiOfficeBean implements Serializable {

    private static final String FORM = "measure:";

    @Inject
    Kpis kpis;

    private List<KpiView> all;
    private Long kpiId;
    private String date;
    private String value;
    private String note;
    private transient Part csv;
    private List<CsvRejected.Problem> importProblems = List.of();

    @PostConstruct
    void load() {
        all = kpis.overview();
    }

    public void record() {
        LocalDate day = null;
        BigDecimal number = null;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            Pages.error(FORM + "date", "backlog.kpi.error.measurementDate");
        }
        try {
            number = value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            Pages.error(FORM + "value", "backlog.kpi.error.value");
        }
        if (kpiId == null) {
            Pages.error(FORM + "kpi", "backlog.kpi.error.choose");
        }
        if (!FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return;
        }
        try {
            kpis.recordMeasurement(kpiId, new MeasurementDraft(day, number, note));
            Pages.info("backlog.kpi.recorded");
            all = kpis.overview();
            value = null;
            note = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotFoundException e) {
            Pages.error(FORM + "kpi", "backlog.kpi.error.choose");
        }
    }

    public void importCsv() {
        importProblems = List.of();
        Optional<String> text = CsvUpload.text(csv, "import:csv");
        if (text.isEmpty()) {
            return;
        }
        try {
            Pages.info("backlog.kpi.imported", kpis.importMeasurementsCsv(text.get()));
            all = kpis.overview();
        } catch (CsvRejected e) {
            importProblems = e.problems();
            Pages.error("import:csv", "services.csv.rejected");
        }
    }

    public List<KpiView> getAll() {
        return all;
    }

    public List<CsvRejected.Problem> getImportProblems() {
        return importProblems;
    }

    public Long getKpiId() {
        return kpiId;
    }

    public void setKpiId(Long kpiId) {
        this.kpiId = kpiId;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }
}
