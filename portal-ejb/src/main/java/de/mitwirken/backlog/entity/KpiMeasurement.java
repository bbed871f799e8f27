package de.mitwirken.backlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measured value of a KPI on one day (one per day), with who entered it. */
@Entity
@Table(name = "kpi_measurement")
@NamedQuery(name = KpiMeasurement.OF_KPIS, query = "SELECT m FROM KpiMeasurement m WHERE m.kpiId IN :kpiIds"
        + " ORDER BY m.kpiId, m.measuredOn")
@NamedQuery(name = KpiMeasurement.DAYS_TAKEN, query = "SELECT m.kpiId, m.measuredOn FROM KpiMeasurement m"
        + " WHERE m.kpiId IN :kpiIds")
public class KpiMeasurement {

    public static final String OF_KPIS = "KpiMeasurement.ofKpis";
    public static final String DAYS_TAKEN = "KpiMeasurement.daysTaken";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kpi_id", nullable = false, updatable = false)
    private Long kpiId;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(name = "value", nullable = false, precision = 18, scale = 4, updatable = false)
    private BigDecimal value;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    protected KpiMeasurement() {
        // for JPA
    }

    public KpiMeasurement(long kpiId, MeasurementDraft draft, String enteredBy, Instant now) {
        if (draft.date() == null || draft.value() == null) {
            throw new IllegalArgumentException("a measurement has a date and a value");
        }
        this.kpiId = kpiId;
        this.measuredOn = draft.date();
        this.value = draft.value();
        this.note = draft.note();
        this.enteredBy = enteredBy;
        this.enteredAt = now;
    }

    public KpiTrajectory.Point point() {
        return new KpiTrajectory.Point(measuredOn, value.doubleValue());
    }

    public Long id() {
        return id;
    }

    public Long kpiId() {
        return kpiId;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public BigDecimal value() {
        return value;
    }

    public String note() {
        return note;
    }

    public String enteredBy() {
        return enteredBy;
    }
}
