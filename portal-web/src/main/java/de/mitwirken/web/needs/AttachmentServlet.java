package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.NeedAttachment;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves an attachment of a need the viewer may see: with the type recognised at upload, nosniff (set
 * for every response) and as a download, so that no uploaded file is ever rendered by the browser as a page.
 */
@WebServlet(value = "/needs/attachment", loadOnStartup = 1)
public class AttachmentServlet extends PortalServlet {

    @Inject
    PublicNeeds needs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long needId = NeedParams.number(request.getParameter("need"));
        Long id = NeedParams.number(request.getParameter("id"));
        Long viewer = SessionKeys.user(request).map(SignedInUser::profileId).orElse(null);
        Optional<NeedAttachment> attachment = needId == null || id == null ? Optional.empty()
                : needs.attachment(needId, id, viewer);
        if (attachment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = attachment.get().content();
        response.setContentType(attachment.get().contentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.get().filename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(content);
    }
}
