package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds.ServiceOption;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.ServiceCatalogue;
import de.mitwirken.needs.entity.ServiceData;
import de.mitwirken.platform.boundary.CsvRejected;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.web.frame.CsvUpload;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The strategy office's catalogue page: edit a service (or create one by a new key), import the whole
 * catalogue from CSV (all or nothing, problems listed by line), export it.
 */
@Named
@ViewScoped
public class ServicesBean implements Serializable {

    static final String FORM = "service:";

    @Inject
    PublicNeeds needs;

    @Inject
    ServiceCatalogue catalogue;

    private List<ServiceOption> services;
    private String key;
    private String nameDe;
    private String nameEn;
    private String department;
    private String caseVolume;
    private String caseVolumeYear;
    private String caseVolumeSource;
    private Integer ozgLevel = 0;
    private Integer ozgTarget = 0;
    private transient Part csv;
    private List<CsvRejected.Problem> importProblems = List.of();

    @PostConstruct
    void load() {
        services = needs.services();
    }

    public void edit(String serviceKey) {
        services.stream().filter(s -> s.key().equals(serviceKey)).findFirst().ifPresent(s -> {
            key = s.key();
            nameDe = s.nameDe();
            nameEn = s.nameEn();
            department = s.department();
            caseVolume = s.caseVolume() == null ? "" : String.valueOf(s.caseVolume());
            caseVolumeYear = s.caseVolumeYear() == null ? "" : String.valueOf(s.caseVolumeYear());
            caseVolumeSource = s.caseVolumeSource();
            ozgLevel = s.ozgLevel();
            ozgTarget = s.ozgTarget();
        });
    }

    public void save() {
        Integer volume = number(caseVolume, "caseVolume");
        Integer year = number(caseVolumeYear, "caseVolumeYear");
        ServiceData data = new ServiceData(key, nameDe, nameEn, department, volume, year, caseVolumeSource,
                ozgLevel == null ? -1 : ozgLevel, ozgTarget == null ? -1 : ozgTarget);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            // a figure is not a whole number (said next to it): name every other problem at once, too
            data.problems().forEach((field, messageKey) -> Pages.error(FORM + field, messageKey));
            return;
        }
        try {
            catalogue.save(data);
            Pages.info("services.saved");
            services = needs.services();
        } catch (InvalidInput e) {
            e.problems().forEach((field, messageKey) -> Pages.error(FORM + field, messageKey, e.args(field)));
        }
    }

    public void importCsv() {
        importProblems = List.of();
        Optional<String> text = CsvUpload.text(csv, "import:csv");
        if (text.isEmpty()) {
            return;
        }
        try {
            ServiceCatalogue.Imported result = catalogue.importCsv(text.get());
            Pages.info("services.csv.imported", result.created(), result.updated());
            services = needs.services();
        } catch (CsvRejected e) {
            importProblems = e.problems();
            Pages.error("import:csv", "services.csv.rejected");
        }
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            Pages.error(FORM + field, "services.error.number");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public List<ServiceOption> getServices() {
        return services;
    }

    public List<CsvRejected.Problem> getImportProblems() {
        return importProblems;
    }

    public List<Integer> getOzgLevels() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCaseVolume() {
        return caseVolume;
    }

    public void setCaseVolume(String caseVolume) {
        this.caseVolume = caseVolume;
    }

    public String getCaseVolumeYear() {
        return caseVolumeYear;
    }

    public void setCaseVolumeYear(String caseVolumeYear) {
        this.caseVolumeYear = caseVolumeYear;
    }

    public String getCaseVolumeSource() {
        return caseVolumeSource;
    }

    public void setCaseVolumeSource(String caseVolumeSource) {
        this.caseVolumeSource = caseVolumeSource;
    }

    public Integer getOzgLevel() {
        return ozgLevel;
    }

    public void setOzgLevel(Integer ozgLevel) {
        this.ozgLevel = ozgLevel;
    }

    public Integer getOzgTarget() {
        return ozgTarget;
    }

    public void setOzgTarget(Integer ozgTarget) {
        this.ozgTarget = ozgTarget;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }
}
