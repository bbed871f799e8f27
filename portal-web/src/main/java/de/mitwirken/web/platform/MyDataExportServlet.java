package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.PortalServlet;
import de.mitwirken.web.frame.SessionKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/** The download of "my data": a ZIP with one JSON document and the person's files (signed-in only, web.xml). */
@WebServlet(value = "/platform/mydata/export", loadOnStartup = 1)
public class MyDataExportServlet extends PortalServlet {

    @Inject
    DataProtection dataProtection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] zip = dataProtection.exportPersonalData(user.get().subject());
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"mitwirken-my-data-" + LocalDate.now() + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
