package de.mitwirken.web.frame;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public JSON API under /api. Its OpenAPI document is the maintained openapi.yaml beside this class, served by
 * {@link OpenApiServlet} at /openapi; {@link ApiErrors} answers the errors JAX-RS raises itself as problem details.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
