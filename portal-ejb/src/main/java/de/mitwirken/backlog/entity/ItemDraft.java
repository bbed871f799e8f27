package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the strategy office fills in for a backlog item, cleaned; {@link #problems()} names each bad field. */
public record ItemDraft(String title, String description, Set<StrategyField> fields, String ownerDepartment,
                        Horizon horizon, LocalDate startDate, LocalDate endDate, Set<Long> serviceIds)
        implements Serializable {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int DEPARTMENT_MAX = 200;
    public static final int SERVICES_MAX = 50;

    public ItemDraft {
        title = CleanText.line(title);
        description = CleanText.multiline(description);
        ownerDepartment = CleanText.line(ownerDepartment);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        int titleLength = CleanText.length(title);
        if (titleLength < TITLE_MIN || titleLength > TITLE_MAX) {
            problems.put("title", "backlog.error.title");
        }
        if (description.isEmpty() || CleanText.length(description) > DESCRIPTION_MAX) {
            problems.put("description", "backlog.error.description");
        }
        if (fields.isEmpty()) {
            problems.put("fields", "backlog.error.fields");
        }
        if (ownerDepartment.isEmpty() || CleanText.length(ownerDepartment) > DEPARTMENT_MAX) {
            problems.put("ownerDepartment", "backlog.error.department");
        }
        if (horizon == null) {
            problems.put("horizon", "backlog.error.horizon");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.put("endDate", "backlog.error.endBeforeStart");
        }
        if (serviceIds.size() > SERVICES_MAX) {
            problems.put("services", "backlog.error.services");
        }
        return problems;
    }
}
