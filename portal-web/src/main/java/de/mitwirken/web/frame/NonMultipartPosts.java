package de.mitwirken.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A page with a file field (h:inputFile) asks the request for its parts; a post that is not multipart (a
 * script's, a tool's, never the portal's own form) made the container throw and the visitor got a 500. Such a
 * post has no files: it now says so, and the form answers as for any post without files.
 */
@WebFilter(filterName = "NonMultipartPosts", urlPatterns = "*.xhtml")
public class NonMultipartPosts extends PortalFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(isMultipart(request) || !"POST".equals(request.getMethod()) ? request
                : new WithoutParts(request), response);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A request that has no parts, as a post that is not multipart has none. */
    static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
