package de.mitwirken.web.frame;

import jakarta.servlet.ServletContext;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What must stand before the portal serves anyone: its security headers and every servlet and filter of its own
 * with all the dependencies the container was to inject. Kept in the ServletContext, not in CDI, because a broken
 * injection is one of the things it must see (a restart that raced a redeploy left servlets with null fields and
 * the headers filter unstarted while deployment and readiness said all was well: issue #20).
 * <p>
 * {@link FrontDoorListener} opens it when the web module starts; {@link PortalServlet}, {@link PortalFilter} and
 * {@link SecurityHeadersFilter} report to it when the container starts them; {@link FrontDoorReadiness} reads it.
 */
public final class FrontDoor {

    private static final String ATTRIBUTE = FrontDoor.class.getName();

    private final SecurityHeaders headers;
    private final boolean trustForwardedProto;
    private volatile boolean headersFilterStarted;
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Map<String, String> broken = new ConcurrentHashMap<>();

    private FrontDoor(SecurityHeaders headers, boolean trustForwardedProto) {
        this.headers = headers;
        this.trustForwardedProto = trustForwardedProto;
    }

    static FrontDoor open(ServletContext context, SecurityHeaders headers) {
        return open(context, headers, false);
    }

    /** trustForwardedProto: portal.proxy.forwarded-proto, the portal sits behind a proxy that terminates TLS. */
    static FrontDoor open(ServletContext context, SecurityHeaders headers, boolean trustForwardedProto) {
        FrontDoor door = new FrontDoor(headers, trustForwardedProto);
        context.setAttribute(ATTRIBUTE, door);
        return door;
    }

    public static Optional<FrontDoor> of(ServletContext context) {
        return context == null ? Optional.empty() : Optional.ofNullable((FrontDoor) context.getAttribute(ATTRIBUTE));
    }

    public SecurityHeaders headers() {
        return headers;
    }

    public boolean trustsForwardedProto() {
        return trustForwardedProto;
    }

    /** Whether the request came over HTTPS: HSTS and the Secure flag of the portal's cookies follow this. */
    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request, trustForwardedProto);
    }

    /**
     * HTTPS to the container, or, only when the portal is told it sits behind a TLS-terminating proxy, a request
     * whose X-Forwarded-Proto says https. The last value counts: a proxy that appends to what the client sent
     * puts its own at the end.
     */
    static boolean isHttps(HttpServletRequest request, boolean trustForwardedProto) {
        if (request.isSecure()) {
            return true;
        }
        String proto = trustForwardedProto ? request.getHeader("X-Forwarded-Proto") : null;
        if (proto == null) {
            return false;
        }
        String[] values = proto.split(",");
        return values.length > 0 && values[values.length - 1].strip().equalsIgnoreCase("https");
    }

    /** {@link #isHttps(HttpServletRequest)} of the request's own portal; without a front door, the container's. */
    public static boolean https(HttpServletRequest request) {
        return of(request.getServletContext()).map(door -> door.isHttps(request)).orElseGet(request::isSecure);
    }

    void headersFilterStarted() {
        headersFilterStarted = true;
    }

    public boolean isHeadersFilterStarted() {
        return headersFilterStarted;
    }

    /**
     * A servlet or filter the container starts: admitted when every injected field is set; otherwise it is
     * recorded as broken and refused, so that it answers 503 instead of failing on its first use.
     */
    void admit(String name, Object component) throws UnavailableException {
        List<String> missing = Dependencies.missing(component);
        if (!missing.isEmpty()) {
            broken.put(name, "not injected: " + String.join(", ", missing));
            throw new UnavailableException(name + " has no " + String.join(", ", missing));
        }
        broken.remove(name);
        started.add(name);
    }

    public boolean hasStarted(String name) {
        return started.contains(name);
    }

    /** Component name → what is wrong with it. */
    public Map<String, String> broken() {
        return new TreeMap<>(broken);
    }
}
