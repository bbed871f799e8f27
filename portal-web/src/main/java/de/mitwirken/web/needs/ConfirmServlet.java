package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The guest's confirmation (double opt-in). The link in the mail opens a page with a button that posts
 * here, so that mail scanners following links do not confirm on the person's behalf. The token is the
 * secret; no session is needed.
 */
@WebServlet(value = "/needs/confirm", loadOnStartup = 1)
public class ConfirmServlet extends PortalServlet {

    @Inject
    NeedSubmission submission;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String done = submission.confirmGuestNeed(request.getParameter("token"))
                .map(s -> s.status() == NeedStatus.PUBLISHED ? "published" : "queued").orElse("invalid");
        response.sendRedirect(request.getContextPath() + "/needs/confirm.xhtml?done=" + done);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/needs/confirm.xhtml");
    }
}
