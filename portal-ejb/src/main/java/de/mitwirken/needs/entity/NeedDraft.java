package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.strategy.StrategyField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What someone fills in to submit a need, cleaned and checked. {@link #problems(List)} names every field
 * that is not acceptable, with the message key to show next to it. Speaking for an organisation names one of the
 * verified organisations by its number; whether the person may speak for it the boundary asks the platform's
 * registry (platform.boundary.Organisations), never the form.
 */
public record NeedDraft(String title, String description, StrategyField field, SubmitterType submitterType,
                        Long organisationId, String district, Set<Long> serviceIds) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int ORGANISATION_MAX = 200;
    public static final int SERVICES_MAX = 10;

    public NeedDraft {
        title = CleanText.line(title);
        description = CleanText.multiline(description);
        district = district == null || district.isBlank() ? null : district.strip();
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
    }

    /** Field name → message key, for every field that is not acceptable; empty when the draft is fine. */
    public Map<String, String> problems(List<String> districts) {
        Map<String, String> problems = new LinkedHashMap<>();
        int titleLength = CleanText.length(title);
        if (titleLength < TITLE_MIN) {
            problems.put("title", "needs.error.title.short");
        } else if (titleLength > TITLE_MAX) {
            problems.put("title", "needs.error.title.long");
        }
        int descriptionLength = CleanText.length(description);
        if (descriptionLength < DESCRIPTION_MIN) {
            problems.put("description", "needs.error.description.short");
        } else if (descriptionLength > DESCRIPTION_MAX) {
            problems.put("description", "needs.error.description.long");
        }
        if (field == null) {
            problems.put("field", "needs.error.field");
        }
        if (submitterType == null) {
            problems.put("submitterType", "needs.error.submitterType");
        } else if (submitterType.speaksForOrganisation() && organisationId == null) {
            problems.put("organisation", "needs.error.organisation.missing");
        }
        if (district != null && !districts.contains(district)) {
            problems.put("district", "needs.error.district");
        }
        if (serviceIds.size() > SERVICES_MAX) {
            problems.put("services", "needs.error.services");
        }
        return problems;
    }
}
