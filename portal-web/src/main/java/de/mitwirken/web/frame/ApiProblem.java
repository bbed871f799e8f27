package de.mitwirken.web.frame;

import jakarta.ws.rs.core.Response;

/**
 * An error of the JSON API as "problem details" (RFC 9457, media type application/problem+json), so that a client
 * gets a machine-readable answer instead of the portal's HTML error page.
 */
public record ApiProblem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** "about:blank": the HTTP status says all there is to say; the detail names what was not found. */
    public static ApiProblem notFoundProblem(String detail) {
        return new ApiProblem("about:blank", "Not Found", 404, detail);
    }

    public static Response notFound(String detail) {
        return Response.status(Response.Status.NOT_FOUND).type(MEDIA_TYPE).entity(notFoundProblem(detail)).build();
    }
}
