package de.mitwirken.web.frame;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever else fails under /api (a body that cannot be read, a failure inside the portal) as problem details
 * instead of the container's HTML error page (issue #26); {@link ApiErrors} answers the errors JAX-RS raises itself.
 * A failure is logged with an incident number that the answer names, as the error pages do; nothing else of it
 * (no exception, no product) reaches the client.
 */
@Provider
public class ApiFailures implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (unreadable(failure)) {
            return Response.status(400).type(ApiProblem.MEDIA_TYPE)
                    .entity(new ApiProblem("about:blank", "Bad Request", 400, "The request body could not be read."))
                    .build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " in the API", failure);
        return Response.status(500).type(ApiProblem.MEDIA_TYPE)
                .entity(new ApiProblem("about:blank", "Internal Server Error", 500, "Incident " + incident + "."))
                .build();
    }

    /** JSON or another body that no reader could turn into the resource's parameter. */
    static boolean unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProcessingException || t.getClass().getName().startsWith("jakarta.json")) {
                return true;
            }
        }
        return false;
    }
}
