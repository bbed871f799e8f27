package de.mitwirken.web.frame;

import de.mitwirken.platform.entity.CleanText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every request parameter (JSF forms, the text fields of multipart forms, query strings) without hidden control
 * characters and bidirectional overrides ({@link CleanText#withoutHiddenControls}), before any page or servlet
 * reads it (issue #26): one place for all text the portal stores from a form, whether or not the entity cleans
 * it again. Otherwise the values stay as typed. JSON bodies of the API: {@link HiddenControlsInJson}.
 */
@WebFilter(filterName = "HiddenControlsFilter", urlPatterns = "/*")
public class HiddenControlsFilter extends PortalFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Cleaned(request), response);
    }

    /**
     * A parameter of the request without hidden controls, for beans that read the request CDI injects: that is the
     * container's own request, which this filter's wrapper never reaches.
     */
    public static String parameter(HttpServletRequest request, String name) {
        return CleanText.withoutHiddenControls(request.getParameter(name));
    }

    static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = CleanText.withoutHiddenControls(values[i]);
                    }
                    cleaned.put(CleanText.withoutHiddenControls(name), copy);
                });
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }
}
