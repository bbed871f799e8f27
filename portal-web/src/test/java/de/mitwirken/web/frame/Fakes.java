package de.mitwirken.web.frame;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Plain fakes of the servlet API for unit tests of the portal's front door. */
final class Fakes {

    private Fakes() {
    }

    /** A servlet context with these attributes and these registrations (name → class name). */
    static ServletContext servletContext(Map<String, Object> attributes, Map<String, String> servlets,
                                        Map<String, String> filters) {
        return (ServletContext) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getServletRegistrations" -> registrations(servlets, ServletRegistration.class);
                    case "getFilterRegistrations" -> registrations(filters, FilterRegistration.class);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> Map<String, T> registrations(Map<String, String> classes, Class<T> type) {
        Map<String, T> registrations = new HashMap<>();
        classes.forEach((name, className) -> registrations.put(name, type.cast(Proxy.newProxyInstance(
                Fakes.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "getClassName" -> className;
                    case "getName" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                }))));
        return registrations;
    }

    /** A response that records the headers set and the error sent (status under the key ":error"). */
    static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "sendError" -> headers.put(":error", String.valueOf(args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
