package de.mitwirken.web.backlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.KpiTrajectory;
import de.mitwirken.backlog.entity.SuccessFactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KpiChartTest {

    private static final Function<LocalDate, String> DAY = LocalDate::toString;
    private static final Function<Double, String> VALUE = v -> v + " %";

    private static KpiView kpi(String target2025, LocalDate baselineDate, List<KpiView.MeasurementView> values) {
        KpiDraft draft = new KpiDraft("Online-Anteil", "%", KpiDirection.HIGHER_IS_BETTER, new BigDecimal("20"),
                baselineDate, target2025 == null ? null : new BigDecimal(target2025), new BigDecimal("80"), "Terminverwaltung",
                "Bürgeramt", SuccessFactor.BALANCE);
        return new KpiView(1, draft, values, new KpiTrajectory.Assessment(KpiStatus.NO_DATA, null, null, null));
    }

    private static KpiView.MeasurementView measured(String day, String value) {
        return new KpiView.MeasurementView(LocalDate.parse(day), new BigDecimal(value), null, "office");
    }

    @Test
    void aDayIsItsYearWithTheFractionGone() {
        assertEquals(2024.0, KpiChart.year(LocalDate.of(2024, 1, 1)), 1e-12);
        assertEquals(2024.5, KpiChart.year(LocalDate.of(2024, 7, 2)), 1e-12, "2024 has 366 days");
        assertEquals(2030 + 364 / 365.0, KpiChart.year(KpiTrajectory.END_2030), 1e-12);
    }

    @Test
    void theTargetSeriesIsTheLineTheStatusRuleFollows() {
        KpiView online = kpi("40", LocalDate.of(2023, 12, 31), List.of());
        List<KpiChart.Point> target = KpiChart.target(online, DAY, VALUE);
        assertEquals(online.definition().trajectory().line().size(), target.size());
        assertEquals(List.of(20.0, 40.0, 80.0), target.stream().map(KpiChart.Point::y).toList());
        assertEquals(List.of("2023-12-31", "2025-12-31", "2030-12-31"), target.stream().map(KpiChart.Point::day).toList());
        KpiView direct = kpi(null, LocalDate.of(2024, 6, 30), List.of());
        assertEquals(List.of(20.0, 80.0), KpiChart.target(direct, DAY, VALUE).stream().map(KpiChart.Point::y).toList(),
                "without a 2025 target the line runs straight to 2030, as the rule says");
    }

    @Test
    void theTimeAxisSpansEveryPointInWholeYears() {
        KpiView kpi = kpi("40", LocalDate.of(2023, 12, 31),
                List.of(measured("2022-03-01", "15"), measured("2024-06-30", "28.5")));
        List<KpiChart.Point> measured = KpiChart.measured(kpi, DAY, VALUE);
        assertEquals(List.of(15.0, 28.5), measured.stream().map(KpiChart.Point::y).toList());
        assertEquals("28.5 %", measured.get(1).text());
        assertArrayEquals(new int[] {2022, 2031}, KpiChart.years(measured, KpiChart.target(kpi, DAY, VALUE)),
                "history before the baseline is shown too");
    }

    @Test
    void theConfigurationCannotEndTheScriptItStandsIn() {
        String safe = KpiChart.scriptSafe("{\"text\":\"</script><script>alert('x')&\u2028\"}");
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("'") || safe.contains("&") || safe.contains("\u2028"), safe);
        assertTrue(safe.contains("\\u003c/script\\u003e"), safe);
    }
}
