package de.mitwirken.backlog.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** An item's fields as "before" and "after" in the audit log; apart from the item so that it stays readable. */
final class ItemAuditStates {

    private ItemAuditStates() {
    }

    /** What an edit changes (with the version it had). */
    static Map<String, Object> edit(BacklogItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", item.version());
        state.put("title", item.title());
        state.put("description", item.description());
        state.put("fields", BacklogItem.fieldNames(item.fields()));
        state.put("ownerDepartment", item.ownerDepartment());
        state.put("horizon", item.horizon());
        state.put("startDate", item.startDate());
        state.put("endDate", item.endDate());
        state.put("budgetPlanned", item.budgetPlanned());
        state.put("budgetSpent", item.budgetSpent());
        state.put("contact", ItemEdit.contactText(item.contactName(), item.contactEmail(), item.contactPhone()));
        return state;
    }

    /** Status, progress, assessment and rank. */
    static Map<String, Object> lifecycle(BacklogItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", item.status());
        state.put("progress", item.progress());
        state.put("progressMode", item.progressMode());
        state.put("impactRating", item.impactRating());
        state.put("confidence", item.confidence());
        state.put("effort", item.effort());
        state.put("rank", item.rank());
        state.put("manualRank", item.manualRank());
        state.put("needs", item.needIds().size());
        state.put("services", new TreeSet<>(item.serviceIds())); // sorted: the same order in "before" and "after"
        return state;
    }
}
