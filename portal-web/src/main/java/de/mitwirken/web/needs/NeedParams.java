package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Reads and writes the list's filter as URL parameters (shared by the page, the CSV export and the API). */
public final class NeedParams {

    private NeedParams() {
    }

    public static NeedFilter filter(HttpServletRequest request) {
        return filter(request::getParameter);
    }

    /** The filter from parameters by name (a request's, or those a JAX-RS resource was given). */
    public static NeedFilter filter(Function<String, String> parameter) {
        Long page = number(parameter.apply("page"));
        return new NeedFilter(UrlParams.enumOf(StrategyField.class, parameter.apply("field")),
                number(parameter.apply("service")),
                UrlParams.enumOf(NeedStatus.class, parameter.apply("status")),
                UrlParams.enumOf(SubmitterType.class, parameter.apply("submitter")),
                text(parameter.apply("district"), 60),
                text(parameter.apply("q"), 200),
                UrlParams.enumOf(NeedFilter.Sort.class, parameter.apply("sort")),
                page == null ? 0 : (int) Math.min(100_000, page));
    }

    public static Map<String, String> params(NeedFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", f.text());
        put(p, "field", f.field());
        put(p, "service", f.serviceId());
        put(p, "status", f.status());
        put(p, "submitter", f.submitterType());
        put(p, "district", f.district());
        if (f.sort() != (f.text() == null ? NeedFilter.Sort.NEWEST : NeedFilter.Sort.RELEVANCE)) {
            put(p, "sort", f.sort());
        }
        if (f.page() > 0) {
            put(p, "page", f.page());
        }
        return p;
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value != null) {
            p.put(name, String.valueOf(value));
        }
    }

    static Long number(String value) {
        if (value == null || value.isBlank() || value.length() > 12) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
