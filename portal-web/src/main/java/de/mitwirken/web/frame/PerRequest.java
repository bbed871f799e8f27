package de.mitwirken.web.frame;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values a view-scoped bean needs for one request only (a list of every backlog item, a ranking preview): kept in
 * the request's Faces attributes, so they never sit in the session between requests. A view-scoped bean holds
 * only what the user typed and small ids.
 */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value under key for this request, loaded once per request. */
    @SuppressWarnings("unchecked")
    public static <T> T memo(String key, Supplier<T> load) {
        Map<Object, Object> attributes = attributes();
        Object value = attributes.get(key);
        if (value == null) {
            value = load.get();
            attributes.put(key, value);
        }
        return (T) value;
    }

    /** Sets the value for the rest of this request (the result of an action shown in its response). */
    public static void put(String key, Object value) {
        attributes().put(key, value);
    }

    /** Drops the value, so that the next use in this request loads it again (after a change). */
    public static void forget(String key) {
        attributes().remove(key);
    }

    private static Map<Object, Object> attributes() {
        return FacesContext.getCurrentInstance().getAttributes();
    }
}
