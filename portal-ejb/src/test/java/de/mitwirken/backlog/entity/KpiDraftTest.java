package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiDraftTest {

    private static KpiDraft draft(String baseline, String target2025, String target2030, LocalDate baselineDate) {
        return new KpiDraft("Online-Anteil Bürgeramt", "%", KpiDirection.HIGHER_IS_BETTER,
                baseline == null ? null : new BigDecimal(baseline), baselineDate,
                target2025 == null ? null : new BigDecimal(target2025), target2030 == null ? null : new BigDecimal(target2030),
                "Terminverwaltung", "Bürgeramt", SuccessFactor.BALANCE);
    }

    @Test
    void aCompleteDraftHasNoProblemsAndTheTargetFor2025IsOptional() {
        assertEquals(Map.of(), draft("20", "40", "80", LocalDate.of(2023, 12, 31)).problems());
        assertEquals(Map.of(), draft("20", null, "80", LocalDate.of(2023, 12, 31)).problems());
    }

    @Test
    void everyMissingOrUnfitFieldIsNamed() {
        KpiDraft empty = new KpiDraft(" ", "", null, null, null, null, null, "", "", null);
        assertEquals(Map.of("name", "backlog.kpi.error.name", "unit", "backlog.kpi.error.unit",
                "dataSource", "backlog.kpi.error.dataSource", "owner", "backlog.kpi.error.owner",
                "direction", "backlog.kpi.error.direction", "successFactor", "backlog.kpi.error.successFactor",
                "baselineValue", "backlog.kpi.error.baselineValue", "baselineDate", "backlog.kpi.error.baselineDate",
                "target2030", "backlog.kpi.error.target2030"), empty.problems());
        assertEquals(Map.of("baselineDate", "backlog.kpi.error.baselineDate"),
                draft("20", "40", "80", KpiTrajectory.END_2030).problems(), "no trajectory left to follow");
    }

    @Test
    void valuesMustFitTheColumns() {
        assertTrue(KpiDraft.storable(new BigDecimal("99999999999999.9999")));
        assertTrue(KpiDraft.storable(new BigDecimal("1E+5")));
        assertTrue(KpiDraft.storable(new BigDecimal("12.50000")), "trailing zeros do not count");
        assertFalse(KpiDraft.storable(new BigDecimal("100000000000000")));
        assertFalse(KpiDraft.storable(new BigDecimal("0.00001")));
        assertEquals(Map.of("baselineValue", "backlog.kpi.error.baselineValue", "target2025", "backlog.kpi.error.target2025",
                "target2030", "backlog.kpi.error.target2030"),
                draft("1E+20", "0.123456", "-1E+15", LocalDate.of(2023, 12, 31)).problems());
    }
}
