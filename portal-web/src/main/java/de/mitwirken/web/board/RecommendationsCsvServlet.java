package de.mitwirken.web.board;

import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.web.frame.CsvCells;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Open data: the recommendations the board voted on (never drafts), with the vote's figures and the latest
 * step of their way, as CSV. Voters' names stay on the pages and in the API (open votes only).
 */
@WebServlet(value = "/opendata/recommendations.csv", loadOnStartup = 1)
public class RecommendationsCsvServlet extends PortalServlet {

    @Inject
    PublicBoard board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"recommendations.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.line("id", "title", "text", "addressee", "status", "meeting_id", "voted_at", "yes", "no",
                "abstain", "open_vote", "backlog_item_id", "last_step", "last_step_on", "last_step_by"));
        for (RecommendationView r : board.recommendations()) {
            RecommendationView.Step last = r.steps().isEmpty() ? null : r.steps().get(r.steps().size() - 1);
            out.write(CsvCells.line(r.id(), r.title(), r.body(), r.addressee(), r.status(), r.meetingId(),
                    r.meetingStartsAt(), r.yes(), r.no(), r.abstain(), r.openVote(),
                    r.backlogItemTitle() == null ? null : r.backlogItemId(),
                    last == null ? null : last.status(), last == null ? null : last.onDate(),
                    last == null ? null : last.answeredBy()));
        }
    }
}
