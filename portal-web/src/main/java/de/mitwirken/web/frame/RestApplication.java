package de.mitwirken.web.frame;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The public JSON API under /api; its OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Mitwirken API", version = "1",
        description = "Public, read-only data of the participation portal: published needs and clusters.",
        license = @License(name = "Open data: use with attribution")))
public class RestApplication extends Application {
}
