package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.web.frame.CsvCells;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import de.mitwirken.strategy.StrategyField;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** CSV of the public roadmap for the current filter (field, horizon), for spreadsheets. */
@WebServlet(value = "/backlog/export.csv", loadOnStartup = 1)
public class RoadmapCsvServlet extends PortalServlet {

    @Inject
    PublicRoadmap roadmap;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StrategyField field = UrlParams.enumOf(StrategyField.class, request.getParameter("field"));
        Horizon horizon = UrlParams.enumOf(Horizon.class, request.getParameter("horizon"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"roadmap-" + LocalDate.now() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.line("rank", "id", "title", "fields", "owner_department", "horizon", "status", "progress",
                "start_date", "end_date", "score"));
        for (ItemSummary i : roadmap.roadmap(field, horizon)) {
            out.write(CsvCells.line(i.rank(), i.id(), i.title(),
                    i.fields().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), i.ownerDepartment(),
                    i.horizon(), i.status(), i.progress(), i.startDate(), i.endDate(), i.scoreNormalised()));
        }
    }
}
