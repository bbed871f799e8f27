package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.Kpi;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiMeasurement;
import de.mitwirken.backlog.entity.KpiTrajectory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A KPI with its definition, its measurements (oldest first) and its status by {@link KpiTrajectory}. */
public record KpiView(long id, KpiDraft definition, List<MeasurementView> measurements,
                      KpiTrajectory.Assessment assessment) implements Serializable {

    /** One measured value. */
    public record MeasurementView(LocalDate date, BigDecimal value, String note, String enteredBy) implements Serializable {
    }

    static KpiView of(Kpi kpi, List<KpiMeasurement> measurements) {
        return new KpiView(kpi.id(), kpi.draft(), measurements.stream()
                .map(m -> new MeasurementView(m.measuredOn(), m.value(), m.note(), m.enteredBy())).toList(),
                kpi.assess(measurements));
    }
}
