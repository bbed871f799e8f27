package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.PublicNeeds.ServiceOption;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The public list of needs. Everything is in the address (GET parameters): filters, search, sort and page
 * are bookmarkable and shareable, and the page needs no session. Unknown values are ignored, not errors.
 */
@Named
@RequestScoped
public class NeedListBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicNeeds needs;

    private NeedFilter filter;
    private NeedPage page;

    @PostConstruct
    void read() {
        filter = NeedParams.filter(request);
    }

    public NeedFilter getFilter() {
        return filter;
    }

    public NeedPage getPage() {
        if (page == null) {
            page = needs.page(filter);
        }
        return page;
    }

    public List<StrategyField> getFields() {
        return List.of(StrategyField.values());
    }

    public List<NeedStatus> getStatuses() {
        return List.of(NeedStatus.PUBLISHED, NeedStatus.ANSWERED);
    }

    public List<SubmitterType> getSubmitterTypes() {
        return List.of(SubmitterType.values());
    }

    public List<String> getDistricts() {
        return needs.districts();
    }

    public List<ServiceOption> getServices() {
        return needs.services();
    }

    public List<NeedFilter.Sort> getSorts() {
        return List.of(NeedFilter.Sort.values());
    }

    public String getText() {
        return filter.text() == null ? "" : filter.text();
    }

    /** The address of this list with one parameter changed (page reset unless the page itself changes). */
    public String with(String name, Object value) {
        Map<String, String> params = NeedParams.params(filter);
        if (!"page".equals(name)) {
            params.remove("page");
        }
        if (value == null || String.valueOf(value).isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, String.valueOf(value));
        }
        return request.getContextPath() + "/needs/index.xhtml" + query(params);
    }

    public String getCsvUrl() {
        Map<String, String> params = NeedParams.params(filter);
        params.remove("page");
        return request.getContextPath() + "/needs/export.csv" + query(params);
    }

    /** The Atom feed of the newest needs for the current filter (its own order, all pages). */
    public String getFeedUrl() {
        Map<String, String> params = NeedParams.params(filter);
        params.remove("page");
        params.remove("sort");
        return request.getContextPath() + "/feeds/needs.atom" + query(params);
    }

    public boolean selected(String name, Object value) {
        return value != null && String.valueOf(value).equals(NeedParams.params(filter).get(name));
    }

    static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        params.forEach((k, v) -> q.append(q.length() > 1 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

}
