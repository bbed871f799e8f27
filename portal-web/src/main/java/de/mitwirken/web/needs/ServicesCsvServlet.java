package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.ServiceCatalogue;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The service catalogue as CSV (semicolon separated, UTF-8), for the strategy office (web.xml). */
@WebServlet(value = "/needs/services/export.csv", loadOnStartup = 1)
public class ServicesCsvServlet extends PortalServlet {

    @Inject
    ServiceCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"leistungskatalog.csv\"");
        response.getWriter().write('\uFEFF' + catalogue.exportCsv());
    }
}
