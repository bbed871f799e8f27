package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.KpiDraft;
import de.mitwirken.web.frame.CsvCells;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Open data: the KPIs with their measurements as CSV, one line per measured value (a KPI not measured yet has
 * one line without a value). Who typed a value in is internal and left out, as in the API.
 */
@WebServlet(value = "/opendata/kpis.csv", loadOnStartup = 1)
public class KpisCsvServlet extends PortalServlet {

    @Inject
    Kpis kpis;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kpis.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.line("kpi_id", "name", "unit", "direction", "success_factor", "baseline_value",
                "baseline_date", "target_2025", "target_2030", "data_source", "owner", "status", "measured_on",
                "value", "note"));
        for (KpiView k : kpis.overview()) {
            KpiDraft d = k.definition();
            Object[] kpi = {k.id(), d.name(), d.unit(), d.direction(), d.successFactor(), d.baselineValue(),
                d.baselineDate(), d.target2025(), d.target2030(), d.dataSource(), d.owner(), k.assessment().status()};
            if (k.measurements().isEmpty()) {
                out.write(CsvCells.line(concat(kpi, null, null, null)));
            }
            for (KpiView.MeasurementView m : k.measurements()) {
                out.write(CsvCells.line(concat(kpi, m.date(), plain(m.value()), m.note())));
            }
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
