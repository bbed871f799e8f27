package de.mitwirken.backlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.mitwirken.platform.boundary.CsvRejected.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    @Test
    void readsGermanAndIsoNotation() {
        MeasurementCsv.Result result = MeasurementCsv.read("kpi_id;date;value;note\n3;31.03.2025;1.234,5;Q1\n4;2025-03-01;12.5;\n", TODAY);
        assertEquals(List.of(), result.problems());
        assertEquals(new BigDecimal("1234.5"), result.rows().get(0).draft().value());
        assertEquals(LocalDate.of(2025, 3, 31), result.rows().get(0).draft().date());
        assertEquals(new BigDecimal("12.5"), result.rows().get(1).draft().value());
        assertEquals(3, result.rows().get(1).line());
    }

    @Test
    void namesEveryProblemWithItsLine() {
        MeasurementCsv.Result result = MeasurementCsv.read("kpi_id,date,value\nx,2025-01-01,1\n2,32.01.2025,1\n2,2025-01-02,abc\n"
                + "2,2025-05-01,1\n", TODAY);
        assertEquals(List.of(new Problem(2, "kpi_id", "backlog.kpi.csv.kpiId"), new Problem(3, "date", "backlog.kpi.csv.date"),
                new Problem(4, "value", "backlog.kpi.csv.value"), new Problem(5, "date", "backlog.kpi.error.measurementDate")),
                result.problems());
        assertEquals(List.of(), result.rows());
    }

    @Test
    void aMissingColumnOrAnEmptyFileIsRefused() {
        assertEquals("backlog.kpi.csv.header", MeasurementCsv.read("kpi_id;value\n1;2\n", TODAY).problems().get(0).messageKey());
        assertEquals("backlog.kpi.csv.empty", MeasurementCsv.read("kpi_id;date;value\n", TODAY).problems().get(0).messageKey());
    }
}
