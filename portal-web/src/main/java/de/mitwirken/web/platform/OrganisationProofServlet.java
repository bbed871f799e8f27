package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.OrganisationViews.ProofFile;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.platform.boundary.PlatformPermissions;
import de.mitwirken.web.frame.PortalServlet;
import de.mitwirken.web.frame.UrlParams;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The proof of a representation request, for the strategy office and administrators only (web.xml, and the
 * boundary's @RolesAllowed): shown inline as the PDF it was recognised to be, never cached by shared caches.
 */
@WebServlet(value = "/platform/organisations/proof", loadOnStartup = 1)
public class OrganisationProofServlet extends PortalServlet {

    @Inject
    Organisations organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = UrlParams.id(request.getParameter("id"));
        if (!PlatformPermissions.mayVerifyOrganisations(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ProofFile file;
        try {
            file = organisations.proof(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
