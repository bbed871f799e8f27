package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMeetings;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves a document of an agenda point: every document to board members and staff, public ones to
 * everyone; as a download with the type recognised at upload (nosniff is set for every response).
 */
@WebServlet(value = "/board/document", loadOnStartup = 1)
public class DocumentServlet extends PortalServlet {

    @Inject
    BoardMeetings meetings;

    @Inject
    PublicBoard board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BoardMeetings.DocumentFile file;
        try {
            boolean board = BoardPermissions.mayReadTheBoardsRecord(request::isUserInRole);
            file = board ? meetings.document(id) : this.board.publicDocument(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(file.content());
    }
}
