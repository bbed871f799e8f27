package de.mitwirken.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the limits of anonymous writes. By default the connection's remote address:
 * a header can be typed by anyone. Only behind a reverse proxy that the operator names as trusted
 * ({@code portal.proxy.forwarded-for=true}) is the proxy's {@code X-Forwarded-For} read, and then its last
 * entry: the one the proxy itself appended, the address it was connected from; the entries before it came from the
 * client and prove nothing.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "portal.proxy.forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustForwardedFor);
    }

    static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
        if (!trustForwardedFor || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",", -1);
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remoteAddress : last;
    }
}
