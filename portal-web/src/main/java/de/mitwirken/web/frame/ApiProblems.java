package de.mitwirken.web.frame;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * The last word on every error of the API (issue #26): a 4xx or 5xx that a resource answered without a body, or
 * with one that is no JSON, becomes problem details of its status; a JSON error body is sent as
 * application/problem+json. Headers such as Allow and Retry-After stay.
 */
@Provider
public class ApiProblems implements ContainerResponseFilter {

    static final MediaType PROBLEM = MediaType.valueOf(ApiProblem.MEDIA_TYPE);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        if (!response.hasEntity() || !isJson(response.getMediaType())) {
            response.setEntity(problemOf(status), new Annotation[0], PROBLEM);
        } else if (!PROBLEM.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Content-Type", PROBLEM);
        }
    }

    static ApiProblem problemOf(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? (status < 500 ? "Client Error" : "Server Error") : type.getReasonPhrase();
        return new ApiProblem("about:blank", title, status, null);
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
