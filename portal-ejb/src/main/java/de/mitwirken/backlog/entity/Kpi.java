package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A KPI of a success factor with baseline and targets; its status comes from {@link KpiTrajectory}. */
@Entity
@Table(name = "kpi")
@NamedQuery(name = Kpi.ALL, query = "SELECT k FROM Kpi k ORDER BY k.successFactor, k.name")
@NamedQuery(name = Kpi.BY_IDS, query = "SELECT k FROM Kpi k WHERE k.id IN :ids ORDER BY k.successFactor, k.name")
@NamedQuery(name = Kpi.NAMES, query = "SELECT k.id, k.name FROM Kpi k ORDER BY k.name")
@NamedQuery(name = Kpi.PUBLISHED_WITHOUT, query = "SELECT i.id, i.title, i.status FROM BacklogItem i"
        + " WHERE i.status IN :published AND i.kpiIds IS EMPTY ORDER BY i.id")
public class Kpi {

    public static final String ALL = "Kpi.all";
    /** The KPIs with these ids (e.g. those an item contributes to; items link KPIs, V21). */
    public static final String BY_IDS = "Kpi.byIds";
    /** Id and name of every KPI, for choosing one. */
    public static final String NAMES = "Kpi.names";
    /** id, title, status of published items (:published) that contribute to no KPI: the office's dashboard. */
    public static final String PUBLISHED_WITHOUT = "Kpi.publishedWithout";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "unit", nullable = false, length = 40)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 20)
    private KpiDirection direction;
    @Column(name = "baseline_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal baselineValue;
    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;
    @Column(name = "target_2025", precision = 18, scale = 4)
    private BigDecimal target2025;
    @Column(name = "target_2030", nullable = false, precision = 18, scale = 4)
    private BigDecimal target2030;
    @Column(name = "data_source", nullable = false, length = 300)
    private String dataSource;
    @Column(name = "owner", nullable = false, length = 200)
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(name = "success_factor", nullable = false, length = 25)
    private SuccessFactor successFactor;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    @Column(name = "version")
    private long version;

    protected Kpi() {
        // for JPA
    }

    public Kpi(KpiDraft draft, Instant now) {
        revise(draft);
        this.createdAt = now;
    }

    public final void revise(KpiDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid KPI: " + draft.problems());
        }
        name = draft.name();
        unit = draft.unit();
        direction = draft.direction();
        baselineValue = draft.baselineValue();
        baselineDate = draft.baselineDate();
        target2025 = draft.target2025();
        target2030 = draft.target2030();
        dataSource = draft.dataSource();
        owner = draft.owner();
        successFactor = draft.successFactor();
    }

    public KpiTrajectory trajectory() {
        return draft().trajectory();
    }

    public KpiTrajectory.Assessment assess(List<KpiMeasurement> measurements) {
        return trajectory().assess(measurements.stream().map(KpiMeasurement::point).toList());
    }

    public KpiDraft draft() {
        return new KpiDraft(name, unit, direction, baselineValue, baselineDate, target2025, target2030, dataSource,
                owner, successFactor);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("unit", unit);
        state.put("direction", direction);
        state.put("baseline", baselineValue + " @ " + baselineDate);
        state.put("target2025", target2025);
        state.put("target2030", target2030);
        state.put("successFactor", successFactor);
        state.put("dataSource", dataSource);
        state.put("owner", owner);
        return state;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SuccessFactor successFactor() {
        return successFactor;
    }
}
