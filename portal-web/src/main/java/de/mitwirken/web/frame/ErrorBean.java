package de.mitwirken.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For the error pages: logs the failure with a short incident number that the page shows, so a person
 * can report it and operations can find it in the server log. The page itself never shows a stack trace.
 */
@Named
@RequestScoped
public class ErrorBean {

    private static final Logger LOG = Logger.getLogger(ErrorBean.class.getName());

    @Inject
    HttpServletRequest request;

    private String incident;

    public String getIncident() {
        if (incident == null) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        return incident;
    }
}
