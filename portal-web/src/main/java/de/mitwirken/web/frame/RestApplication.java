package de.mitwirken.web.frame;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The public JSON API under /api. Its OpenAPI document is the maintained openapi.yaml beside this class, served by
 * {@link OpenApiServlet} at /openapi; {@link ApiErrors}, {@link ApiFailures} and {@link ApiProblems} make every
 * error a problem details answer, never the container's HTML page.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // Jersey's generated description (/api/application.wadl) is no document of the portal (issue #26)
                "jersey.config.server.wadl.disableWadl", true,
                // an error status is set on the response, not sent with sendError: the container's (or the web
                // module's) HTML error page never replaces the problem details
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
