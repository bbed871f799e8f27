package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.CsvCells;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Open data: the clusters of similar needs with their published needs' numbers, as CSV for spreadsheets. */
@WebServlet(value = "/opendata/clusters.csv", loadOnStartup = 1)
public class ClustersCsvServlet extends PortalServlet {

    @Inject
    PublicNeeds needs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clusters.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.line("id", "title", "summary", "published_needs", "supporters", "need_ids"));
        for (PublicNeeds.ClusterRef ref : needs.clusters()) {
            needs.cluster(ref.id()).ifPresent(c -> out.write(CsvCells.line(c.id(), c.title(), c.summary(),
                    c.needs().size(), c.supporters(),
                    c.needs().stream().map(NeedSummary::id).map(String::valueOf).collect(Collectors.joining(",")))));
        }
    }
}
