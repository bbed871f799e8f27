package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.boundary.SpeakerView;
import de.mitwirken.web.frame.CsvCells;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Open data: the sessions of every published conference programme as CSV, one line per session. */
@WebServlet(value = "/opendata/programme.csv", loadOnStartup = 1)
public class ProgrammeCsvServlet extends PortalServlet {

    @Inject
    PublicProgramme programme;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"programme.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.line("conference_id", "conference", "venue", "session_id", "title", "summary", "kind",
                "track", "room", "starts_at", "ends_at", "speakers", "cancelled"));
        for (ProgrammeView c : programme.conferences()) {
            for (SessionView s : c.sessions()) {
                out.write(CsvCells.line(c.id(), c.title(), c.venue(), s.id(), s.title(), s.summary(), s.kind(),
                        s.track(), s.room(), s.startsAt(), s.endsAt(),
                        s.speakers().stream().map(SpeakerView::name).collect(Collectors.joining(", ")), s.cancelled()));
            }
        }
    }
}
