package de.mitwirken.web.frame;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS raises before a resource answers (no such address under /api, a path number that is no
 * number, a method or media type the address does not take) as problem details (RFC 9457), as the OpenAPI document
 * promises, instead of the portal's HTML error page. The detail never repeats the request: nothing of bad input
 * is echoed.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response given = exception.getResponse();
        if (given == null || given.getStatus() < 400) {
            return given;
        }
        Response.ResponseBuilder problem = Response.status(given.getStatus()).type(ApiProblem.MEDIA_TYPE)
                .entity(new ApiProblem("about:blank", given.getStatusInfo().getReasonPhrase(), given.getStatus(), null));
        String allow = given.getHeaderString("Allow"); // a 405 names the methods the address takes
        return allow == null ? problem.build() : problem.header("Allow", allow).build();
    }
}
