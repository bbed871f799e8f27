package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy office defines a KPI ({@code kpi.xhtml} without id) or revises one ({@code kpi.xhtml?id=…}, the
 * form shows the current values). What was typed stays in the form; every problem is said next to its field.
 */
@Named
@ViewScoped
public class KpiDefinitionBean implements Serializable {

    static final String FORM = "definition:";

    @Inject
    Kpis kpis;


    private Long id;
    private String currentName;
    private String name;
    private String unit;
    private String direction;
    private String baselineValue;
    private String baselineDate;
    private String target2025;
    private String target2030;
    private String dataSource;
    private String owner;
    private String successFactor;

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (requested != null && !requested.isBlank()) {
            KpiView kpi = Pages.byIdOr404("id", kpis::kpi);
            if (kpi == null) {
                return;
            }
            id = kpi.id();
            show(kpi.definition());
        }
    }

    public void save() {
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal baseline = number("baselineValue", baselineValue, problems);
        BigDecimal mid = number("target2025", target2025, problems);
        BigDecimal end = number("target2030", target2030, problems);
        LocalDate since = null;
        try {
            since = baselineDate == null || baselineDate.isBlank() ? null : LocalDate.parse(baselineDate.strip());
        } catch (DateTimeParseException e) {
            problems.put("baselineDate", "backlog.kpi.error.baselineDate");
        }
        KpiDraft draft = new KpiDraft(name, unit, UrlParams.enumOf(KpiDirection.class, direction), baseline, since,
                mid, end, dataSource, owner, UrlParams.enumOf(SuccessFactor.class, successFactor));
        draft.problems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            refuse(problems);
            return;
        }
        try {
            if (id == null) {
                long defined = kpis.defineKpi(draft);
                Pages.infoAfterRedirect("backlog.kpi.defined");
                Pages.redirect("/backlog/manage/kpi.xhtml?id=" + defined);
            } else {
                kpis.reviseKpi(id, draft);
                currentName = draft.name();
                Pages.info("backlog.kpi.revised");
            }
        } catch (InvalidInput e) {
            refuse(e.problems());
        } catch (NotFoundException e) {
            Pages.error(null, "backlog.kpi.error.gone");
        }
    }

    private static void refuse(Map<String, String> problems) {
        problems.forEach((field, key) -> Pages.error(FORM + field, key));
        Pages.error(null, "backlog.office.error.summary");
    }

    /** A decimal as people type it (3,5 or 3.5); empty is none, anything else unreadable is a problem. */
    private static BigDecimal number(String field, String typed, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put(field, "backlog.kpi.error.number");
            return null;
        }
    }

    private void show(KpiDraft current) {
        currentName = current.name();
        name = current.name();
        unit = current.unit();
        direction = current.direction().name();
        baselineValue = plain(current.baselineValue());
        baselineDate = current.baselineDate().toString();
        target2025 = plain(current.target2025());
        target2030 = plain(current.target2030());
        dataSource = current.dataSource();
        owner = current.owner();
        successFactor = current.successFactor().name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Whether the form revises an existing KPI (else it defines a new one). */
    public boolean isRevising() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    /** The KPI's name as saved (the heading), not what is being typed. */
    public String getCurrentName() {
        return currentName;
    }


    public List<KpiDirection> getDirections() {
        return List.of(KpiDirection.values());
    }

    public List<SuccessFactor> getSuccessFactors() {
        return List.of(SuccessFactor.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(String baselineDate) {
        this.baselineDate = baselineDate;
    }

    public String getTarget2025() {
        return target2025;
    }

    public void setTarget2025(String target2025) {
        this.target2025 = target2025;
    }

    public String getTarget2030() {
        return target2030;
    }

    public void setTarget2030(String target2030) {
        this.target2030 = target2030;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getSuccessFactor() {
        return successFactor;
    }

    public void setSuccessFactor(String successFactor) {
        this.successFactor = successFactor;
    }

}
