package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.AttendeeExport;
import de.mitwirken.conference.boundary.ConferenceOffice;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Formatter;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Messages;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The organisers' files of one conference: the registrations as CSV or Excel and the name badges as PDF
 * ({@code ?id=N&format=csv|xlsx|badges}). Protected by web.xml's /conference/manage/* and by the roles of
 * {@link ConferenceOffice}, which audits each read.
 */
@WebServlet(value = "/conference/manage/export", loadOnStartup = 1)
public class ConferenceExportServlet extends PortalServlet {

    @Inject
    ConferenceOffice office;
    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter("id"));
        String format = request.getParameter("format");
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (format == null || !List.of("csv", "xlsx", "badges").contains(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            if (format.equals("badges")) {
                byte[] pdf = office.badges(id);
                headers(response, "application/pdf", "namensschilder-konferenz-" + id + ".pdf");
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
                return;
            }
            AttendeeExport export = office.attendees(id);
            Locale locale = localeBean.getLocale();
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.NAME, locale);
            AttendeeTable table = new AttendeeTable(key -> text(bundle, key),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                            .withZone(Formatter.ZONE));
            List<String> header = table.header(export);
            List<List<String>> rows = table.rows(export);
            if (format.equals("csv")) {
                headers(response, "text/csv; charset=UTF-8", "anmeldungen-konferenz-" + id + ".csv");
                AttendeeTable.csv(header, rows, response.getWriter());
            } else {
                headers(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "anmeldungen-konferenz-" + id + ".xlsx");
                AttendeeTable.xlsx(java.util.Objects.requireNonNullElse(text(bundle, "conference.office.sheet"), "Anmeldungen"), header, rows, response.getOutputStream());
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void headers(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "private, no-store");
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
