package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
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
import java.time.LocalDate;

/** CSV of the public list for the current filter (all pages, at most 10 000 rows), for spreadsheets. */
@WebServlet(value = "/needs/export.csv", loadOnStartup = 1)
public class NeedCsvServlet extends PortalServlet {

    static final int MAX_PAGES = 500;

    @Inject
    PublicNeeds needs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NeedFilter filter = NeedParams.filter(request).onPage(0);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"needs-" + LocalDate.now() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(cells("id", "title", "field", "status", "outcome", "submitter_type", "organisation", "district",
                "supports", "comments", "published_at", "answered_at", "cluster"));
        for (int page = 0; page < MAX_PAGES; page++) {
            NeedPage result = needs.page(filter.onPage(page));
            for (NeedSummary n : result.needs()) {
                out.write(cells(n.id(), n.title(), n.field(), n.status(), n.outcome(), n.submitterType(),
                        n.organisation(), n.district(), n.supportCount(), n.commentCount(), n.publishedAt(),
                        n.answeredAt(), n.clusterTitle()));
            }
            if (page + 1 >= result.pages()) {
                break;
            }
        }
    }

    static String cells(Object... values) {
        return CsvCells.line(values);
    }
}
