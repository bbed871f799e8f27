package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;

/** The public list's filters, search text, sort order and page; null means "any". */
public record NeedFilter(StrategyField field, Long serviceId, NeedStatus status, SubmitterType submitterType,
                         String district, String text, Sort sort, int page) {

    public static final int PAGE_SIZE = 20;

    /** Orders of the public list. */
    public enum Sort { NEWEST, MOST_SUPPORTED, RECENTLY_ANSWERED, RELEVANCE }

    public NeedFilter {
        if (status != null && !status.isPublic()) {
            status = null; // the public never filters by internal statuses
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        if (sort == null) {
            sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        }
        if (sort == Sort.RELEVANCE && text == null) {
            sort = Sort.NEWEST;
        }
        page = Math.max(0, Math.min(page, 100_000));
    }

    public static NeedFilter all() {
        return new NeedFilter(null, null, null, null, null, null, null, 0);
    }

    public NeedFilter onPage(int other) {
        return new NeedFilter(field, serviceId, status, submitterType, district, text, sort, other);
    }
}
