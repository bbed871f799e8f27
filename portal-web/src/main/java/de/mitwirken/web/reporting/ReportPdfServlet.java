package de.mitwirken.web.reporting;

import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportFile;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A released report's PDF, byte for byte as stored, as a download, in German or English ({@code ?lang=}, else the
 * visitor's language); a draft's PDF is printed on request for the strategy office; 404 for unknown reports and
 * for drafts for anyone else. The SHA-256 goes along in a header, so that a copy
 * can be checked against the one the portal lists.
 */
@WebServlet(value = "/reporting/report.pdf", loadOnStartup = 1)
public class ReportPdfServlet extends PortalServlet {

    @Inject
    ProgressReports reports;

    @Inject
    LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter("id"));
        Optional<ReportFile> file = id == null ? Optional.empty() : reports.pdf(id,
                ReportBean.language(request.getParameter("lang"), locale.getLanguage()));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(file.get().bytes().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().fileName() + "\"");
        response.setHeader("X-Content-SHA256", file.get().sha256());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.get().bytes());
    }
}
