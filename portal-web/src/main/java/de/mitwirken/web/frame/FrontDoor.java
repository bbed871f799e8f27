package de.mitwirken.web.frame;

import jakarta.servlet.ServletContext;
import jakarta.servlet.UnavailableException;
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
    private volatile boolean headersFilterStarted;
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Map<String, String> broken = new ConcurrentHashMap<>();

    private FrontDoor(SecurityHeaders headers) {
        this.headers = headers;
    }

    static FrontDoor open(ServletContext context, SecurityHeaders headers) {
        FrontDoor door = new FrontDoor(headers);
        context.setAttribute(ATTRIBUTE, door);
        return door;
    }

    public static Optional<FrontDoor> of(ServletContext context) {
        return context == null ? Optional.empty() : Optional.ofNullable((FrontDoor) context.getAttribute(ATTRIBUTE));
    }

    public SecurityHeaders headers() {
        return headers;
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
