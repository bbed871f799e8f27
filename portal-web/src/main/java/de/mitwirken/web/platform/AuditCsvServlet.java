package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.AuditQuery;
import de.mitwirken.platform.boundary.AuditSearch;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** CSV export of the audit log for the filter given as parameters (administrators only, web.xml). */
@WebServlet(value = "/platform/admin/audit.csv", loadOnStartup = 1)
public class AuditCsvServlet extends PortalServlet {

    @Inject
    AuditSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = new AuditQuery(param(request, "actor"), param(request, "action"), param(request, "type"),
                    param(request, "object"), date(request, "from"), date(request, "to"));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        out.write('\uFEFF'); // byte order mark: spreadsheets then read the file as UTF-8
        search.exportCsv(query, out);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() || value.length() > 100 ? null : value.strip();
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String value = param(request, name);
        return value == null ? null : LocalDate.parse(value);
    }
}
