package de.mitwirken.web.frame;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GETs (RFC 9110, 13.1): whether the client's copy of a cached page is still the one held. */
final class Conditional {

    private Conditional() {
    }

    /** If-None-Match decides when it is sent; otherwise If-Modified-Since, to the second. */
    static boolean notModified(HttpServletRequest request, CachedPage page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return matches(match, page.etag());
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && page.filled().toEpochMilli() <= since;
    }

    /** Weak comparison: W/"x" matches "x"; * matches any. */
    static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
