package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.Certificates;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Files of the conference: speakers' portraits, calendar files (the whole programme, one session, or a holder's own sessions) and
 * a holder's certificate of attendance (PDF, only after check-in). A holder is named by the personal link's
 * token (t) or, for the signed-in owner, by the registration id (registration).
 */
@WebServlet(value = {"/conference/calendar", "/conference/certificate", "/conference/speaker-photo"},
        loadOnStartup = 1)
public class ConferenceFilesServlet extends PortalServlet {

    @Inject
    PublicProgramme programme;
    @Inject
    ConferenceRegistration registrations;
    @Inject
    Certificates certificates;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith("speaker-photo")) {
                Long speaker = UrlParams.id(request.getParameter("id"));
                PublicProgramme.Photo photo = speaker == null ? null : programme.speakerPhoto(speaker).orElse(null);
                if (photo == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType(photo.contentType());
                response.setContentLength(photo.content().length);
                response.setHeader("Cache-Control", "public, max-age=3600");
                response.getOutputStream().write(photo.content());
                return;
            }
            if (request.getServletPath().endsWith("certificate")) {
                Holder holder = holder(request);
                send(response, certificates.certificate(holder), "application/pdf",
                        "teilnahmebescheinigung.pdf", holder);
                return;
            }
            Long conference = UrlParams.id(request.getParameter("conference"));
            Long session = UrlParams.id(request.getParameter("session"));
            if (conference != null) {
                send(response, programme.programmeCalendar(conference), "text/calendar; charset=UTF-8",
                        "programm.ics", null);
            } else if (session != null) {
                send(response, programme.sessionCalendar(session), "text/calendar; charset=UTF-8",
                        "programmpunkt-" + session + ".ics", null);
            } else {
                Holder holder = holder(request);
                send(response, registrations.calendar(holder), "text/calendar; charset=UTF-8", "meine-konferenz.ics",
                        holder);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (NotAllowed e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }

    private Holder holder(HttpServletRequest request) {
        String token = request.getParameter("t");
        if (token != null && !token.isBlank()) {
            return Holder.ofToken(token.strip());
        }
        Long id = UrlParams.id(request.getParameter("registration"));
        if (id == null || !currentUser.isSignedIn()) {
            throw new NotFoundException("Registration");
        }
        return Holder.ofAccount(currentUser.user().orElseThrow().subject(), id);
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String filename,
                             Holder holder) throws IOException {
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        // personal files must not be kept by shared caches; the public programme may be
        response.setHeader("Cache-Control", holder == null ? "public, max-age=300" : "private, no-store");
        response.getOutputStream().write(content);
    }
}
