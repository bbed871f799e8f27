package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.AuditQuery;
import de.mitwirken.platform.boundary.AuditSearch;
import de.mitwirken.platform.boundary.AuditView;
import de.mitwirken.web.frame.HiddenControlsFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit page: filters come as GET parameters (bookmarkable, no session state), are validated here,
 * and wrong dates are reported next to their field with the typed value kept.
 */
@Named
@RequestScoped
public class AuditBean {

    static final int PAGE_SIZE = 50;
    private static final int MAX_FILTER = 100;

    @Inject
    HttpServletRequest request;

    @Inject
    AuditSearch search;

    private final Map<String, String> raw = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private AuditQuery query;
    private int page;
    private List<AuditView> entries;
    private long total;

    @PostConstruct
    void read() {
        for (String name : List.of("actor", "action", "type", "object", "from", "to")) {
            String value = HiddenControlsFilter.parameter(request, name);
            raw.put(name, value == null ? "" : value.strip());
            if (raw.get(name).length() > MAX_FILTER) {
                errors.put(name, "admin.audit.filter.tooLong");
            }
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "admin.audit.filter.toBeforeFrom");
        }
        try {
            page = Math.max(0, Integer.parseInt(HiddenControlsFilter.parameter(request, "page") == null ? "0" : HiddenControlsFilter.parameter(request, "page")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        query = errors.isEmpty()
                ? new AuditQuery(blankToNull("actor"), blankToNull("action"), blankToNull("type"), blankToNull("object"),
                from, to)
                : null;
    }

    private LocalDate date(String name) {
        String value = raw.get(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, "admin.audit.filter.badDate");
            return null;
        }
    }

    private String blankToNull(String name) {
        String value = raw.get(name);
        return value.isEmpty() ? null : value;
    }

    public Map<String, String> getValue() {
        return raw;
    }

    public Map<String, String> getError() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<AuditView> getEntries() {
        if (entries == null) {
            entries = query == null ? List.of() : search.page(query, page * PAGE_SIZE, PAGE_SIZE);
        }
        return entries;
    }

    public long getTotal() {
        if (query != null && total == 0) {
            total = search.count(query);
        }
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    /** The query string of the current filter, for paging links and the CSV export. */
    public String filterQuery(int targetPage) {
        StringBuilder query = new StringBuilder();
        raw.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.append("page=").append(targetPage).toString();
    }
}
